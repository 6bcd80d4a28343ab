using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Archive.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Importing;

/// <summary>
/// Imports uploaded runs one at a time, each in its own scope, off the request that uploaded it.
/// On start it first takes up the runs a previous process left unfinished (queued, running when
/// the process died, or interrupted by a shutdown) whose staged files are still on disk. Stopping
/// the app cancels the current import, which marks its run Interrupted and keeps its files for then.
/// </summary>
public sealed partial class ImportQueueService(
    QueuedImports queue,
    UploadFolder uploads,
    IServiceScopeFactory scopes,
    SearchIndexService searchIndex,
    ILogger<ImportQueueService> logger) : BackgroundService
{
    private FileStream? _leftoversLock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var runId in await ClaimLeftoversAsync(stoppingToken))
            await ImportAsync(runId, stoppingToken);
        await foreach (var runId in queue.Reader.ReadAllAsync(stoppingToken))
            await ImportAsync(runId, stoppingToken);
    }

    public override void Dispose()
    {
        _leftoversLock?.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Unfinished upload runs, oldest first. Only the one process holding the uploads folder's lock
    /// takes them up, so a second app on the same data folder cannot import a run twice at once.
    /// </summary>
    private async Task<List<int>> ClaimLeftoversAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(uploads.Path);
            _leftoversLock = new FileStream(
                Path.Combine(uploads.Path, ".queue.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            LogLeftoversHeldElsewhere(logger, uploads.Path, exception.Message);
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var leftovers = await db.ImportRuns.AsNoTracking()
            .Where(r => r.StagingFolder != null
                && (r.Status == ImportRunStatus.Queued || r.Status == ImportRunStatus.Running || r.Status == ImportRunStatus.Interrupted))
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        if (leftovers.Count > 0)
            LogResuming(logger, leftovers.Count);
        return leftovers;
    }

    private async Task ImportAsync(int runId, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        try
        {
            await importer.ImportAsync(runId, progress: null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The importer marked the run Interrupted; its staged files stay for the next start to resume.
            return;
        }
        catch (Exception exception)
        {
            // The importer has marked the run Failed with the reason; the queue goes on with the next run.
            LogImportFailed(logger, exception, runId);
        }
        finally
        {
            searchIndex.Signal();
        }
        await ForgetStagingAsync(db, runId);
    }

    /// <summary>A finished run's staged files are no longer needed: the articles are in the database.</summary>
    private async Task ForgetStagingAsync(ArchiveDbContext db, int runId)
    {
        var folder = await db.ImportRuns.Where(r => r.Id == runId).Select(r => r.StagingFolder).FirstOrDefaultAsync(CancellationToken.None);
        if (folder is null)
            return;
        try
        {
            UploadReceiver.DeleteFolder(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogStagingNotDeleted(logger, exception, folder);
        }
        await db.ImportRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StagingFolder, (string?)null), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another Archive process holds the uploads folder {Folder} ({Reason}); it takes up unfinished uploads")]
    private static partial void LogLeftoversHeldElsewhere(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Taking up {Count} unfinished upload run(s) left by a previous start")]
    private static partial void LogResuming(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload import {ImportRunId} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, int importRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the staging folder {Folder}")]
    private static partial void LogStagingNotDeleted(ILogger logger, Exception exception, string folder);
}
