using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Archive.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Importing;

/// <summary>
/// Imports uploaded runs one at a time, each in its own scope, off the request that uploaded it. Every run is imported
/// under its lease (<see cref="ImportRunLeases"/>), so when several nodes share the database exactly one imports it.
/// On start, and whenever the queue has been idle for <see cref="UploadOptions.SweepSeconds"/>, it also takes up the
/// unfinished runs nobody holds: queued on a node that is busy, running on a node that died, or interrupted by a
/// shutdown. Stopping the app cancels the current import, which marks its run Interrupted and keeps its files for then.
/// </summary>
public sealed partial class ImportQueueService(
    QueuedImports queue,
    ImportRunLeases leases,
    UploadOptions options,
    IServiceScopeFactory scopes,
    SearchIndexService searchIndex,
    ILogger<ImportQueueService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var sweep = TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await TakeUpLeftoversAsync(stoppingToken);
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            idle.CancelAfter(sweep);
            try
            {
                while (true)
                {
                    var runId = await queue.Reader.ReadAsync(idle.Token);
                    await ImportUnderLeaseAsync(runId, stoppingToken);
                    idle.CancelAfter(sweep);
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Idle for a sweep interval: look for runs nobody is importing.
            }
        }
    }

    /// <summary>Unfinished upload runs, oldest first, each imported here unless another process holds its lease.</summary>
    private async Task TakeUpLeftoversAsync(CancellationToken stoppingToken)
    {
        List<int> leftovers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            leftovers = await db.ImportRuns.AsNoTracking()
                .Where(r => r.StagingFolder != null
                    && (r.Status == ImportRunStatus.Queued || r.Status == ImportRunStatus.Running || r.Status == ImportRunStatus.Interrupted))
                .OrderBy(r => r.Id)
                .Select(r => r.Id)
                .ToListAsync(stoppingToken);
        }
        foreach (var runId in leftovers)
            await ImportUnderLeaseAsync(runId, stoppingToken);
    }

    private async Task ImportUnderLeaseAsync(int runId, CancellationToken stoppingToken)
    {
        await using var lease = await leases.TryTakeAsync(runId, stoppingToken);
        if (lease is null)
        {
            LogHeldElsewhere(logger, runId);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        // Read under the lease: the process that held it before may have finished the run and forgotten its files.
        var pending = await db.ImportRuns.AsNoTracking()
            .AnyAsync(r => r.Id == runId && r.StagingFolder != null && r.Status != ImportRunStatus.Completed && r.Status != ImportRunStatus.Failed, stoppingToken);
        if (!pending)
            return;
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Upload run {ImportRunId} is being imported by another process; skipped here")]
    private static partial void LogHeldElsewhere(ILogger logger, int importRunId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload import {ImportRunId} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, int importRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the staging folder {Folder}")]
    private static partial void LogStagingNotDeleted(ILogger logger, Exception exception, string folder);
}
