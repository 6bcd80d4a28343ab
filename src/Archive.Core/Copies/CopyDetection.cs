using Archive.Core.Data;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Copies;

/// <summary>
/// <c>copies detect</c>: signs the stored articles that have no signature, or one computed from text they
/// no longer hold (a reclean, a re-import by address), and groups them into stories exactly as an import
/// does. Articles go earliest first (published date, else import date), so each story's first is its
/// earliest article. Each batch commits its signatures, story ids and outbox rows together; running it
/// again finds nothing to do.
/// </summary>
public sealed class CopyDetection(ArchiveDbContext db, ILogger<CopyDetection> logger, TimeProvider? timeProvider = null)
{
    public int BatchSize { get; init; } = 500;

    public async Task<CopyDetectionSummary> DetectAsync(IProgress<CopyDetectionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var time = timeProvider ?? TimeProvider.System;
        var pending = await (
                from article in db.Articles.AsNoTracking()
                join signature in db.ArticleSignatures.AsNoTracking() on article.Id equals signature.ArticleId into signatures
                from signature in signatures.DefaultIfEmpty()
                where signature == null || signature.ContentHash != article.ContentHash
                orderby article.PublishedAt ?? article.ImportedAt, article.Id
                select new { article.Id, Stale = signature != null })
            .ToListAsync(cancellationToken);
        logger.LogInformation("Copy detection: {Count} article(s) to sign", pending.Count);
        int done = 0, grouped = 0;
        foreach (var batch in pending.Chunk(Math.Max(1, BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = batch.Select(b => b.Id).ToList();
            var texts = (await db.Articles.AsNoTracking()
                    .Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Paragraphs, a.ContentHash, a.StoryId })
                    .ToListAsync(cancellationToken))
                .ToDictionary(a => a.Id);
            var signed = new (int Id, bool Stale, uint[] Signature, int[] Keys, string Hash, int? StoryId)?[batch.Length];
            Parallel.For(0, batch.Length, i =>
            {
                if (texts.TryGetValue(batch[i].Id, out var text) && MinHash.Compute(text.Paragraphs) is { } signature)
                    signed[i] = (text.Id, batch[i].Stale, signature, MinHash.BandKeys(signature), text.ContentHash, text.StoryId);
            });
            var grouping = await StoryGrouping.LoadAsync(db, signed.Where(s => s is not null).Select(s => s!.Value.Keys), cancellationToken);

            var changed = new HashSet<int>();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                using (var writer = new CopyWriter(db))
                {
                    foreach (var entry in signed)
                    {
                        if (entry is not { } s)
                            continue;
                        var story = s.StoryId;
                        if (story is null && grouping.StoryFor(s.Signature, s.Keys, s.Id) is { } joined)
                        {
                            story = joined;
                            writer.SetStory(s.Id, joined);
                            changed.Add(s.Id);
                        }
                        writer.Write(s.Id, s.Signature, s.Keys, s.Hash, replace: s.Stale);
                        grouping.Add(s.Id, story, s.Signature, s.Keys);
                    }
                    foreach (var first in grouping.NewFirsts)
                    {
                        writer.MarkFirst(first);
                        changed.Add(first);
                    }
                }
                var now = time.GetUtcNow().UtcDateTime;
                db.SearchOutbox.AddRange(changed.Select(id => new SearchOutboxEntry { ArticleId = id, EnqueuedAt = now }));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            db.ChangeTracker.Clear();
            done += batch.Length;
            grouped += changed.Count;
            progress?.Report(new CopyDetectionProgress(done, pending.Count, grouped));
        }

        var stories = await db.Articles.AsNoTracking().Where(a => a.StoryId != null).GroupBy(a => a.StoryId).Select(g => g.Count()).ToListAsync(cancellationToken);
        logger.LogInformation(
            "Copy detection: {Signed} article(s) signed, {Grouped} joined a story; {Stories} stories hold {Articles} articles",
            done, grouped, stories.Count, stories.Sum());
        return new CopyDetectionSummary(done, grouped, stories.Count, stories.Sum());
    }
}
