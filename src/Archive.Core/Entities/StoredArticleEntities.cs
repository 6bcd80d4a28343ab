using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Entities;

/// <summary>
/// Runs the import's entity step again on articles already stored (imported before it existed, or after the
/// gazetteer or cue words changed): batch by batch, each in one transaction that replaces the batch's
/// entities and queues the articles for the search index, so an interruption loses at most one batch.
/// </summary>
public sealed class StoredArticleEntities(ArchiveDbContext db, ILogger<StoredArticleEntities> logger, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public int BatchSize { get; init; } = 500;

    public async Task<EntityExtractionSummary> ExtractAsync(IProgress<EntityExtractionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = await db.Articles.CountAsync(cancellationToken);
        var cache = await EntityCache.LoadAsync(db, cancellationToken);
        logger.LogInformation("Entity extraction started over {Total} stored article(s)", total);
        int done = 0, written = 0, lastId = 0;
        while (true)
        {
            var after = lastId;
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .Select(a => new { a.Id, a.Title, a.TitleDerived, a.Paragraphs, a.Language })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            var found = new IReadOnlyList<ExtractedEntity>[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                found[i] = EntityExtractor.Default.Extract(batch[i].TitleDerived ? null : batch[i].Title, batch[i].Paragraphs, batch[i].Language));

            var ids = batch.Select(a => a.Id).ToList();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await db.ArticleEntities.Where(ae => ids.Contains(ae.ArticleId)).ExecuteDeleteAsync(cancellationToken);
                var now = _time.GetUtcNow().UtcDateTime;
                using (var writer = new ImportBatchWriter(db))
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        cache.Write(batch[i].Id, found[i], writer);
                        written += found[i].Count;
                        writer.Insert(new SearchOutboxEntry { ArticleId = batch[i].Id, EnqueuedAt = now });
                    }
                }
                await transaction.CommitAsync(cancellationToken);
            }
            cache.Committed();
            done += batch.Count;
            lastId = batch[^1].Id;
            progress?.Report(new EntityExtractionProgress(done, total, written));
        }
        var entities = await db.Entities.CountAsync(cancellationToken);
        logger.LogInformation("Entity extraction done: {Articles} article(s), {Mentions} article entities, {Entities} entities", done, written, entities);
        return new EntityExtractionSummary(done, written, entities);
    }
}
