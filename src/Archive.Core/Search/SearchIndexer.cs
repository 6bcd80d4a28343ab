using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>What one catch-up did.</summary>
public sealed record CatchUpResult(int Indexed, int Removed, int OutboxRowsCleared, bool Rebuilt);

/// <summary>
/// Brings the index in line with SQLite. Catch-up replays the outbox: index first, commit Lucene,
/// only then delete the outbox rows, so a crash in between just replays them on the next start.
/// </summary>
public sealed class SearchIndexer(SearchIndex index, ILogger<SearchIndexer> logger, DiagnosticHalt? halt = null)
{
    public int BatchSize { get; init; } = 500;

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
        var pending = await db.SearchOutbox.AnyAsync(cancellationToken);
        if (!pending && articles != index.DocumentCount)
        {
            logger.LogWarning(
                "Search index holds {Documents} articles but the database has {Articles}; rebuilding",
                index.DocumentCount, articles);
            return await RebuildAsync(db, cancellationToken);
        }
        return result;
    }

    /// <summary>Indexes the articles named in the outbox, oldest first, in batches; rebuilds instead if the index needs it.</summary>
    public async Task<CatchUpResult> CatchUpAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        if (index.NeedsRebuild)
            return await RebuildAsync(db, cancellationToken);

        await index.WriteGate.WaitAsync(cancellationToken);
        try
        {
            int indexed = 0, removed = 0, cleared = 0;
            while (true)
            {
                var batch = await db.SearchOutbox.AsNoTracking()
                    .OrderBy(e => e.Id)
                    .Take(BatchSize)
                    .Select(e => new { e.Id, e.ArticleId })
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                    break;

                var ids = batch.Select(e => e.ArticleId).Distinct().ToList();
                var found = await IndexedArticle.Project(db)
                    .Where(a => ids.Contains(a.Id))
                    .ToListAsync(cancellationToken);
                var articles = (await IndexedArticle.WithEntitiesAsync(db, await IndexedArticle.WithTagsAsync(db, found, cancellationToken), cancellationToken)).ToDictionary(a => a.Id);
                foreach (var id in ids)
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
                index.Commit();
                (halt ?? DiagnosticHalt.Off).Reached(HaltPoint.AfterIndexBatch);

                var rowIds = batch.Select(e => e.Id).ToList();
                cleared += await db.SearchOutbox.Where(e => rowIds.Contains(e.Id)).ExecuteDeleteAsync(CancellationToken.None);
                if (batch.Count < BatchSize)
                    break;
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
            var lastId = 0;
            while (true)
            {
                var after = lastId;
                var batch = await IndexedArticle.WithEntitiesAsync(db, await IndexedArticle.WithTagsAsync(db, await IndexedArticle.Project(db)
                    .Where(a => a.Id > after)
                    .OrderBy(a => a.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken), cancellationToken), cancellationToken);
                if (batch.Count == 0)
                    break;
                // One thread on purpose: feeding IndexWriter from both cores took 25% more CPU for the
                // same wall time (its per-document flush-control lock), and left none for the web app.
                foreach (var article in batch)
                    index.Add(article);
                done += batch.Count;
                lastId = batch[^1].Id;
                logger.LogInformation("Search index rebuild: {Done}/{Total} articles", done, total);
            }
            index.CommitRebuild();

            var cleared = await db.SearchOutbox.Where(e => e.Id <= lastOutboxId).ExecuteDeleteAsync(CancellationToken.None);
            logger.LogInformation("Search index rebuilt: {Done} articles", done);
            return new CatchUpResult(done, 0, cleared, Rebuilt: true);
        }
        finally
        {
            index.WriteGate.Release();
        }
    }
}
