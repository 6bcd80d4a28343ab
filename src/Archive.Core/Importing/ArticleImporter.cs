using Archive.Core.Data;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Importing;

public sealed class ImportOptions
{
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
    public int BatchSize { get; set; } = 200;
}

public sealed record ImportFileReport(string Path, ImportFileOutcome Outcome, string? Reason, int? ArticleId);

public sealed record ImportSummary(
    int ImportRunId, int FilesSeen, int Imported, int Duplicates, int Failed, IReadOnlyList<ImportFileReport> Files);

public sealed record ImportProgress(int FilesDone, int FilesTotal, int Imported, int Duplicates, int Failed);

/// <summary>Turns article files (a file or a folder, recursively) into stored Articles, once each.</summary>
public sealed class ArticleImporter(ArchiveDbContext db, ImportOptions options, ILogger<ArticleImporter> logger)
{
    public Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        string source,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        _ = (db, options, logger, paths, source, progress, cancellationToken);
        throw new NotImplementedException("Being written: see the importer brief.");
    }
}
