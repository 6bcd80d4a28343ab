using System.Diagnostics;
using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>What one catch-up did.</summary>
public sealed record CatchUpResult(int Indexed, int Removed, int OutboxRowsCleared, bool Rebuilt);

/// <summary>
/// Brings the index in line with the database. Catch-up replays the outbox after the index's position: index first,
/// commit Lucene with the new position, only then report it (<see cref="SearchNodeRegistry"/>), so a crash in between
/// just replays nothing twice. Rows are deleted once every node sharing the database has applied them.
/// </summary>
public sealed partial class SearchIndexer(SearchIndex index, ILogger<SearchIndexer> logger, DiagnosticHalt? halt = null)
{
    public int BatchSize { get; init; } = 500;

    /// <summary>A node not seen for this long is forgotten: the outbox rows it lacks are deleted, and it rebuilds when it comes back.</summary>
    public TimeSpan NodeRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Start-up check: rebuilds a missing, corrupt or old-format index, catches up with the outbox, and
    /// rebuilds when the index still disagrees with SQLite about how many articles there are
    /// (e.g. the database was replaced while the index stayed).
    /// </summary>
    public async Task<CatchUpResult> EnsureReadyAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var result = await CatchUpAsync(db, cancellationToken);
        if (result.Rebuilt)
            return result;
        var articles = await db.Articles.CountAsync(cancellationToken);
        var applied = index.AppliedOutboxId;
        var pending = await db.SearchOutbox.AnyAsync(e => e.Id > applied, cancellationToken);
        if (!pending && articles != index.DocumentCount)
        {
            logger.LogWarning(
                "Search index holds {Documents} articles but the database has {Articles}; rebuilding",
                index.DocumentCount, articles);
            return await RebuildAsync(db, cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Indexes the articles named in the outbox after the index's position, oldest first, in batches; rebuilds
    /// instead if the index needs it or rows it had not applied were deleted while it was away.
    /// </summary>
    public async Task<CatchUpResult> CatchUpAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        if (index.NeedsRebuild)
            return await RebuildAsync(db, cancellationToken);
        if (await SearchNodeRegistry.FellBehindAsync(db, index.AppliedOutboxId, cancellationToken))
        {
            logger.LogWarning(
                "Search index {Node} applied the outbox up to {Applied}, but later rows were deleted while it was away; rebuilding",
                index.NodeId, index.AppliedOutboxId);
            return await RebuildAsync(db, cancellationToken);
        }

        await index.WriteGate.WaitAsync(cancellationToken);
        try
        {
            int indexed = 0, removed = 0, cleared = 0;
            // As in a rebuild, the next batch is read while this one is analysed. Rows are taken after
            // the index's position, which each batch's commit moves.
            var next = ReadCatchUpBatchAsync(db, index.AppliedOutboxId, cancellationToken);
            try
            {
                while (true)
                {
                    var waited = Stopwatch.GetTimestamp();
                    var (rows, articles) = await next;
                    var read = Stopwatch.GetElapsedTime(waited);
                    if (rows.Count == 0)
                    {
                        // An idle node still says it is alive, so the others keep the rows it will need.
                        if (indexed + removed == 0 && DateTime.UtcNow - index.ReportedAt > IdleReportInterval)
                            cleared += await ReportAsync(db);
                        break;
                    }
                    var full = rows.Count == BatchSize;
                    next = full ? ReadCatchUpBatchAsync(db, rows[^1].Id, cancellationToken) : Task.FromResult(NoBatch);

                    var indexing = Stopwatch.GetTimestamp();
                    foreach (var id in rows.Select(r => r.ArticleId).Distinct())
                    {
                        if (articles.TryGetValue(id, out var article))
                        {
                            index.Upsert(article);
                            indexed++;
                        }
                        else
                        {
                            index.Delete(id);
                            removed++;
                        }
                    }
                    var committing = Stopwatch.GetTimestamp();
                    index.Commit(rows[^1].Id);
                    (halt ?? DiagnosticHalt.Off).Reached(HaltPoint.AfterIndexBatch);

                    // The context serves one query at a time: the read ahead finishes before the report.
                    var reporting = Stopwatch.GetTimestamp();
                    var following = await next;
                    next = Task.FromResult(following);
                    cleared += await ReportAsync(db);
                    if (logger.IsEnabled(LogLevel.Debug))
                    {
                        LogBatch(logger, rows.Count, read.TotalMilliseconds, Stopwatch.GetElapsedTime(indexing, committing).TotalMilliseconds,
                            Stopwatch.GetElapsedTime(committing, reporting).TotalMilliseconds, Stopwatch.GetElapsedTime(reporting).TotalMilliseconds);
                    }
                    if (!full)
                        break;
                }
            }
            catch when (!next.IsCompleted)
            {
                await next.ContinueWith(static _ => { }, TaskScheduler.Default);
                throw;
            }
            if (cleared > 0)
                logger.LogInformation("Search index caught up: {Indexed} indexed, {Removed} removed", indexed, removed);
            return new CatchUpResult(indexed, removed, cleared, Rebuilt: false);
        }
        finally
        {
            index.WriteGate.Release();
        }
    }

    /// <summary>How often a node with nothing to apply tells the others it is alive.</summary>
    public TimeSpan IdleReportInterval { get; init; } = TimeSpan.FromMinutes(10);

    private async Task<int> ReportAsync(ArchiveDbContext db)
    {
        var cleared = await SearchNodeRegistry.ReportAsync(db, index.NodeId, index.AppliedOutboxId, NodeRetention, CancellationToken.None);
        index.ReportedAt = DateTime.UtcNow;
        return cleared;
    }

    private static readonly (List<(long Id, int ArticleId)> Rows, Dictionary<int, IndexedArticle> Articles) NoBatch = ([], []);

    /// <summary>The next outbox rows after <paramref name="afterId"/> and the articles they name, on another thread.</summary>
    private Task<(List<(long Id, int ArticleId)> Rows, Dictionary<int, IndexedArticle> Articles)> ReadCatchUpBatchAsync(
        ArchiveDbContext db, long afterId, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var rows = (await db.SearchOutbox.AsNoTracking()
                        .Where(e => e.Id > afterId)
                        .OrderBy(e => e.Id)
                        .Take(BatchSize)
                        .Select(e => new { e.Id, e.ArticleId })
                        .ToListAsync(cancellationToken))
                    .Select(e => (e.Id, e.ArticleId))
                    .ToList();
                if (rows.Count == 0)
                    return NoBatch;
                var ids = rows.Select(r => r.ArticleId).Distinct().ToList();
                var found = await IndexedArticle.Project(db)
                    .Where(a => EF.Parameter(ids).Contains(a.Id))
                    .ToListAsync(cancellationToken);
                var articles = (await IndexedArticle.WithEntitiesAsync(db, await IndexedArticle.WithTagsAsync(db, found, cancellationToken), cancellationToken)).ToDictionary(a => a.Id);
                return (rows, articles);
            },
            cancellationToken);

    private Task<List<IndexedArticle>> ReadRebuildBatchAsync(ArchiveDbContext db, int afterId, CancellationToken cancellationToken) =>
        Task.Run(
            async () => await IndexedArticle.WithEntitiesAsync(db, await IndexedArticle.WithTagsAsync(db, await IndexedArticle.Project(db)
                .Where(a => a.Id > afterId)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken), cancellationToken), cancellationToken),
            cancellationToken);

    /// <summary>
    /// Re-indexes every article from SQLite. Searches keep seeing the previous index until the single
    /// commit at the end; outbox rows older than the rebuild are cleared, newer ones wait for catch-up.
    /// </summary>
    public async Task<CatchUpResult> RebuildAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await index.WriteGate.WaitAsync(cancellationToken);
        try
        {
            // Taken before reading articles: anything written later has a newer outbox row.
            var lastOutboxId = await db.SearchOutbox.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            var total = await db.Articles.CountAsync(cancellationToken);
            logger.LogInformation("Rebuilding the search index from {Total} articles", total);

            index.BeginRebuild();
            var done = 0;
            // The next batch is read from SQLite (query, JSON paragraphs, tags) on the other core while
            // this one is analysed; the context serves one query at a time, and only the reader uses it.
            var next = ReadRebuildBatchAsync(db, afterId: 0, cancellationToken);
            try
            {
                while (true)
                {
                    var batch = await next;
                    if (batch.Count == 0)
                        break;
                    next = ReadRebuildBatchAsync(db, batch[^1].Id, cancellationToken);
                    // One thread on purpose: feeding IndexWriter from both cores took 25% more CPU for the
                    // same wall time (its per-document flush-control lock), and left none for the web app.
                    foreach (var article in batch)
                        index.Add(article);
                    done += batch.Count;
                    logger.LogInformation("Search index rebuild: {Done}/{Total} articles", done, total);
                }
            }
            catch when (!next.IsCompleted)
            {
                // The context must be idle before anyone else (the caller, its disposal) touches it.
                await next.ContinueWith(static _ => { }, TaskScheduler.Default);
                throw;
            }
            index.CommitRebuild(lastOutboxId);

            var cleared = await ReportAsync(db);
            logger.LogInformation("Search index rebuilt: {Done} articles", done);
            return new CatchUpResult(done, 0, cleared, Rebuilt: true);
        }
        finally
        {
            index.WriteGate.Release();
        }
    }

    // Debug: where a catch-up batch's time goes (waiting for the database, analysing, the Lucene commit and reader
    // refresh, the position report), which is what a node's lag is made of under load.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Catch-up batch: {Rows} outbox rows; read {ReadMs:F0} ms, index {IndexMs:F0} ms, commit {CommitMs:F0} ms, report {ReportMs:F0} ms")]
    private static partial void LogBatch(ILogger logger, int rows, double readMs, double indexMs, double commitMs, double reportMs);
}
