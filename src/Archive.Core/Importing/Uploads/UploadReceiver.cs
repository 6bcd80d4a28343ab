using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Importing.Uploads;

/// <summary>One file as the upload form handed it over.</summary>
public sealed record UploadedFile(string FileName, Func<Stream> OpenRead);

/// <summary>The run an upload became; <see cref="Queued"/> is false when nothing was left for the importer.</summary>
public sealed record UploadReceipt(int ImportRunId, int StagedFiles, IReadOnlyList<RefusedUpload> Refused, bool Queued);

/// <summary>
/// Stages an upload under <c>uploads/&lt;id&gt;/</c> and records it as a Queued import run, its refused
/// items already on the run's file list as Failed. Importing the staged files is the background
/// importer's job (<see cref="ArticleImporter.ImportAsync(int, IProgress{ImportProgress}?, CancellationToken)"/>).
/// </summary>
public sealed class UploadReceiver(ArchiveDbContext db, UploadOptions options, IReadOnlyCollection<string> supportedExtensions, string uploadsFolder)
{
    public const string UploadSource = "upload";
    private const int MaxSourceLength = 2000;

    public string UploadsFolder { get; } = Path.GetFullPath(uploadsFolder);

    public async Task<UploadReceipt> ReceiveAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
            throw new ArgumentException("An upload holds at least one file.", nameof(files));

        var folder = Path.Combine(UploadsFolder, Guid.NewGuid().ToString("N"));
        try
        {
            var staging = new UploadStaging(folder, options, supportedExtensions);
            foreach (var file in files)
            {
                await using var content = file.OpenRead();
                await staging.AddAsync(content, file.FileName, cancellationToken);
            }

            var queued = staging.Staged.Count > 0;
            var now = DateTime.UtcNow;
            var run = new ImportRun
            {
                StartedAt = now,
                FinishedAt = queued ? null : now,
                Source = SourceOf(files),
                Status = queued ? ImportRunStatus.Queued : ImportRunStatus.Completed,
                StagingFolder = queued ? folder : null,
                FilesSeen = staging.Staged.Count + staging.Refused.Count,
                FilesDone = staging.Refused.Count,
                Failed = staging.Refused.Count,
                Files = [.. staging.Refused.Select(r => new ImportRunFile
                {
                    Path = r.Name.Length <= 1000 ? r.Name : r.Name[..1000],
                    Outcome = ImportFileOutcome.Failed,
                    Reason = r.Describe(),
                    RefusalCode = r.Code,
                    RefusalArguments = r.ArgumentsJson(),
                })],
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            if (!queued)
                DeleteFolder(folder);
            return new UploadReceipt(run.Id, staging.Staged.Count, staging.Refused, queued);
        }
        catch
        {
            DeleteFolder(folder);
            throw;
        }
    }

    /// <summary>Gives up a received upload that could not be queued: its run is marked Interrupted with the reason and its files deleted.</summary>
    public async Task AbandonAsync(int importRunId, ImportReason reason, CancellationToken cancellationToken = default)
    {
        var folder = await db.ImportRuns.Where(r => r.Id == importRunId).Select(r => r.StagingFolder).FirstOrDefaultAsync(cancellationToken);
        var now = DateTime.UtcNow;
        await db.ImportRuns.Where(r => r.Id == importRunId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ImportRunStatus.Interrupted)
                .SetProperty(r => r.StatusReason, reason.Describe())
                .SetProperty(r => r.StatusCode, reason.Code)
                .SetProperty(r => r.StatusArguments, reason.Arguments.Count == 0 ? null : reason.ArgumentsJson())
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.StagingFolder, (string?)null),
            cancellationToken);
        if (folder is not null)
            DeleteFolder(folder);
    }

    /// <summary>Removes an upload's staging folder; a folder already gone is fine.</summary>
    public static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private static string SourceOf(IReadOnlyList<UploadedFile> files)
    {
        var source = $"{UploadSource}: {string.Join(", ", files.Select(f => f.FileName))}";
        return source.Length <= MaxSourceLength ? source : string.Concat(source.AsSpan(0, MaxSourceLength - 1), "…");
    }
}
