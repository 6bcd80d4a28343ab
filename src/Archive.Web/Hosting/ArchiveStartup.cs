using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>Brings the database up to date and, on the very first start, fills it from the seeds.</summary>
internal static class ArchiveStartup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveStartup).FullName!);
        var location = provider.GetRequiredService<ArchiveDatabaseLocation>();
        var db = provider.GetRequiredService<ArchiveDbContext>();

        await ArchiveDatabase.MigrateAsync(db, cancellationToken);
        await ArchiveAccounts.MigrateAccountsAsync(provider, cancellationToken);
        logger.LogInformation("Database ready: {Database} ({Provider})", location.Description, location.Provider);
        var dataFolder = location.DataFolder;
        Directory.CreateDirectory(dataFolder);
        var orphaned = await PathImportLock.InterruptOrphanedRunsAsync(db, dataFolder, cancellationToken);
        if (orphaned > 0)
            logger.LogWarning("Marked {Count} import run(s) left unfinished by a stopped process as interrupted", orphaned);

        var options = provider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        if (!options.ImportSeedsOnStart || await db.ImportRuns.AnyAsync(cancellationToken))
            return;

        var environment = provider.GetRequiredService<IHostEnvironment>();
        var seeds = SeedsFolder.Locate(options.SeedsPath, environment.ContentRootPath);
        if (seeds is null)
        {
            logger.LogWarning(
                "No seeds folder found (Archive:SeedsPath = {SeedsPath}); the archive starts empty",
                options.SeedsPath ?? "<nearest seeds/ above the content root>");
            return;
        }

        logger.LogInformation("First start: importing the seeds from {SeedsFolder}", seeds);
        try
        {
            var importer = provider.GetRequiredService<ArticleImporter>();
            using var importing = await PathImportLock.HoldAsync(dataFolder, cancellationToken);
            var summary = await importer.ImportAsync([seeds], "seeds", new ProgressLog(logger), cancellationToken);
            logger.LogInformation(
                "Seed import {ImportRunId} finished: {FilesSeen} files seen, {Imported} imported, {Duplicates} duplicates, {Failed} failed",
                summary.ImportRunId, summary.FilesSeen, summary.Imported, summary.Duplicates, summary.Failed);
            foreach (var failure in summary.Files.Where(f => f.Outcome == ImportFileOutcome.Failed))
                logger.LogWarning("Seed file {Path} was not imported: {Reason}", failure.Path, failure.Reason);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bad seed must not keep the archive offline: the site still serves what the database holds.
            logger.LogError(ex, "Seed import from {SeedsFolder} failed; the archive starts without seeds", seeds);
        }
    }

    /// <summary>Synchronous on purpose: Progress&lt;T&gt; would post reports out of order to the thread pool.</summary>
    private sealed class ProgressLog(ILogger logger) : IProgress<ImportProgress>
    {
        private const int Every = 100;

        public void Report(ImportProgress value)
        {
            if (value.FilesDone % Every == 0 || value.FilesDone == value.FilesTotal)
            {
                logger.LogInformation(
                    "Seed import: {FilesDone}/{FilesTotal} files, {Imported} imported, {Duplicates} duplicates, {Failed} failed",
                    value.FilesDone, value.FilesTotal, value.Imported, value.Duplicates, value.Failed);
            }
        }
    }
}
