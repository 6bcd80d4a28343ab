using System.Diagnostics;
using System.Globalization;
using Archive.Core.Articles;
using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Archive.Core.Search;
using Archive.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Importing;

/// <summary>
/// Turns article files (a file or a folder, recursively) into stored Articles, once each.
/// Each batch of files commits in one transaction together with its ImportRun rows and search
/// outbox entries. The importer owns the context while it runs: it clears the change tracker
/// between batches.
/// </summary>
public sealed partial class ArticleImporter(
    ArchiveDbContext db,
    ImportOptions options,
    ILogger<ArticleImporter> logger,
    IEnumerable<IArticleFormat> formats,
    TimeProvider? timeProvider = null,
    DiagnosticHalt? halt = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    public const string UpdatedReason = "updated";
    public const int MaxLeadLength = Article.LeadLength;
    private const int MaxSourceLength = 2000;

    private readonly ArticleFormatRegistry _formats = new(formats);
    private readonly ArticleFileReader _reader = new(new ArticleFormatRegistry(formats), options);
    private ImportRunLog? _runLogInstance;

    private ImportRunLog RunLog => _runLogInstance ??= new ImportRunLog(db, logger, _time);

    /// <summary>Imports plain-text articles only.</summary>
    public ArticleImporter(ArchiveDbContext db, ImportOptions options, ILogger<ArticleImporter> logger)
        : this(db, options, logger, ArticleFormats.CreateAll())
    {
    }

    public IReadOnlyCollection<string> SupportedExtensions => _formats.Extensions;

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        string source,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(source);
        var files = ImportSources.List(paths);

        var run = new ImportRun
        {
            StartedAt = _time.GetUtcNow().UtcDateTime,
            Source = source.Length <= MaxSourceLength ? source : source[..MaxSourceLength],
            Status = ImportRunStatus.Running,
            FilesSeen = files.Count,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Import {ImportRunId} started: {FileCount} file(s) from {Source}", run.Id, files.Count, run.Source);
        return await RunAsync(run.Id, files, new ImportTotals(), recordRelativePaths: false, alreadyDone: 0, progress, cancellationToken);
    }

    /// <summary>
    /// Imports the staged files of an existing run (an upload, queued or cut short) into that same
    /// run. Files the run already recorded are skipped, so a resumed run counts nothing twice: each
    /// batch committed its files, articles and counts together. Files are recorded by their path
    /// inside the staging folder. A run whose staging folder is gone is marked Interrupted.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(
        int importRunId,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == importRunId, cancellationToken)
            ?? throw new InvalidOperationException($"Import run {importRunId} does not exist.");
        var totals = new ImportTotals(run.Imported, run.Duplicates, run.Failed);
        if (run.Status is ImportRunStatus.Completed or ImportRunStatus.Failed)
        {
            // Finished for good: running it again would only add nothing or, worse, mark it Interrupted.
            return new ImportSummary(run.Id, run.FilesSeen, totals.Imported, totals.Duplicates, totals.Failed, []);
        }
        if (run.StagingFolder is null || !Directory.Exists(run.StagingFolder))
        {
            await RunLog.FinishRunAsync(run.Id, ImportRunStatus.Interrupted, ImportReason.Of(ImportReasonCode.StagingGone));
            logger.LogWarning("Import {ImportRunId} cannot go on: its staged files are gone", run.Id);
            return new ImportSummary(run.Id, run.FilesSeen, totals.Imported, totals.Duplicates, totals.Failed, []);
        }

        var recorded = (await db.ImportRunFiles.AsNoTracking()
                .Where(f => f.ImportRunId == run.Id)
                .Select(f => f.Path)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        // Everything in a staging folder was uploaded on purpose: ".md" or ".notas.txt" is a file to import, not a hidden one to skip.
        var files = ImportSources.List([run.StagingFolder], includeHidden: true).Where(f => !recorded.Contains(f.RelativeName)).ToList();
        var filesSeen = recorded.Count + files.Count;
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ImportRunStatus.Running)
                .SetProperty(r => r.StatusReason, (string?)null)
                .SetProperty(r => r.StatusCode, (ImportReasonCode?)null)
                .SetProperty(r => r.StatusArguments, (string?)null)
                .SetProperty(r => r.FinishedAt, (DateTime?)null)
                .SetProperty(r => r.FilesSeen, filesSeen)
                .SetProperty(r => r.FilesDone, recorded.Count),
            cancellationToken);
        logger.LogInformation(
            "Import {ImportRunId} {Action}: {FileCount} staged file(s) to go, {Recorded} already recorded",
            run.Id, run.Status == ImportRunStatus.Queued ? "started" : "resumed", files.Count, recorded.Count);
        return await RunAsync(run.Id, files, totals, recordRelativePaths: true, alreadyDone: recorded.Count, progress, cancellationToken);
    }

    public static string StagingGoneReason => ImportReason.Of(ImportReasonCode.StagingGone).Describe();

    private async Task<ImportSummary> RunAsync(
        int runId,
        List<SourceFile> files,
        ImportTotals totals,
        bool recordRelativePaths,
        int alreadyDone,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.BatchSize);
        var filesTotal = alreadyDone + files.Count;
        var reports = new List<ImportFileReport>(files.Count);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batches = files.Chunk(batchSize).ToList();
        Task<ImportCandidate[]>? nextBatch = null;
        await using var connectionSettings = await ImportConnectionSettings.ApplyAsync(db, cancellationToken);
        try
        {
            var outlets = await OutletCache.LoadAsync(db, cancellationToken);
            var entities = await Entities.EntityCache.LoadAsync(db, cancellationToken);
            // Files for the next batch are read and parsed on other cores while this one is written.
            nextBatch = batches.Count > 0 ? PrepareAsync(batches[0]) : null;
            for (var i = 0; i < batches.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var waited = Stopwatch.GetTimestamp();
                var candidates = await nextBatch!;
                var waitedMs = Stopwatch.GetElapsedTime(waited).TotalMilliseconds;
                nextBatch = i + 1 < batches.Count ? PrepareAsync(batches[i + 1]) : null;
                var batchReports = await ImportBatchAsync(runId, candidates, outlets, entities, recordRelativePaths, waitedMs, cancellationToken);
                foreach (var report in batchReports)
                {
                    totals.Add(report.Outcome);
                    reports.Add(report);
                    progress?.Report(new ImportProgress(alreadyDone + reports.Count, filesTotal, totals.Imported, totals.Duplicates, totals.Failed));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await RunLog.FinishRunAsync(runId, ImportRunStatus.Interrupted);
            logger.LogWarning("Import {ImportRunId} interrupted after {FilesDone} of {FileCount} file(s)", runId, alreadyDone + reports.Count, filesTotal);
            throw;
        }
        catch (Exception exception)
        {
            await RunLog.FinishRunAsync(runId, ImportRunStatus.Failed, ImportReason.Of(ImportReasonCode.RunFailed, exception.Message));
            logger.LogError(exception, "Import {ImportRunId} failed after {FilesDone} of {FileCount} file(s)", runId, alreadyDone + reports.Count, filesTotal);
            throw;
        }
        finally
        {
            if (nextBatch is not null)
                await nextBatch;
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        await RunLog.FinishRunAsync(runId, ImportRunStatus.Completed);
        logger.LogInformation(
            "Import {ImportRunId} completed: {FileCount} file(s), {Imported} imported, {Duplicates} duplicate(s), {Failed} failed",
            runId, filesTotal, totals.Imported, totals.Duplicates, totals.Failed);
        return new ImportSummary(runId, filesTotal, totals.Imported, totals.Duplicates, totals.Failed, reports);
    }

    private Task<ImportCandidate[]> PrepareAsync(SourceFile[] batch) => Task.Run(() =>
    {
        var candidates = new ImportCandidate[batch.Length];
        Parallel.For(0, batch.Length, i => candidates[i] = _reader.Read(batch[i]));
        return candidates;
    });

    /// <summary>The pipeline's entity step, written: each imported article's entities, an update's old ones replaced.</summary>
    private static void WriteEntities(List<ImportDecision> decisions, Entities.EntityCache entities, ImportBatchWriter writer)
    {
        // A page imported twice in one batch (same address) keeps the entities of its last version.
        var last = new Dictionary<Article, ImportDecision>(ReferenceEqualityComparer.Instance);
        foreach (var decision in decisions)
        {
            if (decision.Outcome == ImportFileOutcome.Imported && decision.Entity is { } article)
                last[article] = decision;
        }
        foreach (var (article, decision) in last)
        {
            if (decision.GivenReason?.Code == ImportReasonCode.Updated)
                writer.ClearEntities(article.Id);
            entities.Write(article.Id, decision.Candidate.Entities, writer);
        }
    }

    private async Task<List<ImportFileReport>> ImportBatchAsync(
        int runId, ImportCandidate[] candidates, OutletCache outlets, Entities.EntityCache entities, bool recordRelativePaths, double waitedMs,
        CancellationToken cancellationToken)
    {
        var deciding = Stopwatch.GetTimestamp();
        var importedAt = _time.GetUtcNow().UtcDateTime;
        var (decisions, touched, anyUpdate) = await new ImportDeduplicator(db).DecideAsync(candidates, runId, importedAt, cancellationToken);
        var grouping = Stopwatch.GetTimestamp();
        var copies = await ImportCopies.PrepareAsync(db, decisions, cancellationToken);
        var writing = Stopwatch.GetTimestamp();
        long committing;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            using (var writer = new ImportBatchWriter(db))
            using (var copyWriter = new CopyWriter(db))
            {
                foreach (var (article, outletName) in touched)
                {
                    article.OutletId = outlets.IdOf(outletName, writer);
                    var stored = article.Id != 0;
                    copies.Group(article);
                    if (!stored)
                        writer.Insert(article);
                    copies.Write(article, copyWriter, replace: stored);
                }
                if (anyUpdate)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                }

                foreach (var decision in decisions)
                {
                    writer.Insert(new ImportRunFile
                    {
                        ImportRunId = runId,
                        Path = recordRelativePaths ? decision.Candidate.File.RelativeName : decision.Candidate.File.FullPath,
                        Outcome = decision.Outcome,
                        Reason = decision.Reason?.Describe(),
                        ReasonCode = decision.Reason?.Code,
                        ReasonArguments = decision.Reason is { Arguments.Count: > 0 } reason ? reason.ArgumentsJson() : null,
                        ArticleId = decision.ArticleId,
                    });
                }
                WriteEntities(decisions, entities, writer);
                var now = importedAt;
                foreach (var (article, _) in touched)
                    writer.Insert(new SearchOutboxEntry { ArticleId = article.Id, EnqueuedAt = now });
                // A stored article that got its first copy now carries its story in the index too.
                var queued = touched.Select(t => t.Article.Id).ToHashSet();
                foreach (var first in copies.MarkFirsts(copyWriter).Where(id => !queued.Contains(id)))
                    writer.Insert(new SearchOutboxEntry { ArticleId = first, EnqueuedAt = now });
            }

            var imported = decisions.Count(d => d.Outcome == ImportFileOutcome.Imported);
            var duplicates = decisions.Count(d => d.Outcome == ImportFileOutcome.Duplicate);
            var failed = decisions.Count(d => d.Outcome == ImportFileOutcome.Failed);
            await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Imported, r => r.Imported + imported)
                    .SetProperty(r => r.Duplicates, r => r.Duplicates + duplicates)
                    .SetProperty(r => r.Failed, r => r.Failed + failed)
                    .SetProperty(r => r.FilesDone, r => r.FilesDone + decisions.Count),
                cancellationToken);
            committing = Stopwatch.GetTimestamp();
            await transaction.CommitAsync(cancellationToken);
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogBatch(logger, candidates.Length, waitedMs, Stopwatch.GetElapsedTime(deciding, grouping).TotalMilliseconds,
                Stopwatch.GetElapsedTime(grouping, writing).TotalMilliseconds, Stopwatch.GetElapsedTime(writing, committing).TotalMilliseconds,
                Stopwatch.GetElapsedTime(committing).TotalMilliseconds);
        }
        (halt ?? DiagnosticHalt.Off).Reached(HaltPoint.AfterImportBatch);
        outlets.Committed();
        entities.Committed();
        db.ChangeTracker.Clear();

        var reports = new List<ImportFileReport>(decisions.Count);
        foreach (var decision in decisions)
        {
            RunLog.Log(runId, decision);
            reports.Add(new ImportFileReport(decision.Candidate.File.FullPath, decision.Outcome, decision.Reason?.Describe(), decision.ArticleId));
        }
        return reports;
    }

    // Debug: where a batch's time goes on the writer's thread (waiting for the files to be read and parsed on the
    // other cores, de-duplicating, loading the copies' candidate stories, writing the rows, committing).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Import batch: {Files} files; waited for parsing {WaitedMs:F0} ms, decide {DecideMs:F0} ms, copies {CopiesMs:F0} ms, write {WriteMs:F0} ms, commit {CommitMs:F0} ms")]
    private static partial void LogBatch(ILogger logger, int files, double waitedMs, double decideMs, double copiesMs, double writeMs, double commitMs);
}
