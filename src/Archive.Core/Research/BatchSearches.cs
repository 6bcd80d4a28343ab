using Archive.Core.Data;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Research;

/// <summary>
/// Batch searches: stored with their lines, answered line by line, each answer committed with the
/// progress count so a restart resumes where it stopped. Per-request (or per-run) DbContext.
/// </summary>
public sealed class BatchSearches(ArchiveDbContext db, ArticleSearch search, TimeProvider clock)
{
    /// <summary>Lines answered between commits: progress moves visibly, commits stay few.</summary>
    private const int CommitEvery = 25;

    public async Task<BatchSearch> CreateAsync(
        string userId, IReadOnlyList<BatchInputLine> lines, SearchRequest filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(filters);
        var batch = new BatchSearch
        {
            UserId = userId,
            Languages = [.. filters.Languages],
            Outlets = [.. filters.Outlets],
            Tags = [.. filters.Tags],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LinesTotal = lines.Count,
            LinesDone = lines.Count(l => l.Failure is not null),
            Lines = [.. lines.Select(l => new BatchSearchLine { Line = l.Line, Query = l.Query, Failure = l.Failure, Done = l.Failure is not null })],
        };
        if (batch.LinesDone == batch.LinesTotal)
        {
            batch.Status = BatchSearchStatus.Completed;
            batch.FinishedAt = batch.CreatedAt;
        }
        db.BatchSearches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    /// <summary>The batch with its lines in order; null when it is not the account's.</summary>
    public Task<BatchSearch?> FindAsync(string userId, int id, CancellationToken cancellationToken = default) =>
        db.BatchSearches.AsNoTracking().AsSplitQuery()
            .Include(b => b.Lines.OrderBy(l => l.Line))
            .SingleOrDefaultAsync(b => b.Id == id && b.UserId == userId, cancellationToken);

    /// <summary>The account's batches, newest first, without their lines.</summary>
    public async Task<IReadOnlyList<BatchSearch>> ListAsync(string userId, int count = 20, CancellationToken cancellationToken = default) =>
        await db.BatchSearches.AsNoTracking().Where(b => b.UserId == userId)
            .OrderByDescending(b => b.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>Batches a previous process left unfinished, oldest first.</summary>
    public async Task<IReadOnlyList<int>> UnfinishedAsync(CancellationToken cancellationToken = default) =>
        await db.BatchSearches.AsNoTracking().Where(b => b.Status != BatchSearchStatus.Completed)
            .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);

    /// <summary>Answers every line not yet answered; cancelling leaves the rest for the next run.</summary>
    public async Task RunAsync(int batchId, CancellationToken cancellationToken = default)
    {
        var batch = await db.BatchSearches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Finished)
            return;
        batch.Status = BatchSearchStatus.Running;
        await db.SaveChangesAsync(cancellationToken);

        var pending = await db.BatchSearchLines.Where(l => l.BatchSearchId == batchId && !l.Done)
            .OrderBy(l => l.Line).ToListAsync(cancellationToken);
        var sinceCommit = 0;
        foreach (var line in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Answer(batch, line);
            batch.LinesDone++;
            if (++sinceCommit == CommitEvery)
            {
                await db.SaveChangesAsync(cancellationToken);
                sinceCommit = 0;
            }
        }
        batch.Status = BatchSearchStatus.Completed;
        batch.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every hit of every answered line, line by line, each in the index's date order.</summary>
    public static IEnumerable<BatchSearchHit> Hits(ArticleSearch search, BatchSearch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var line in batch.Lines.Where(l => l.Total > 0).OrderBy(l => l.Line))
        {
            foreach (var row in search.Export(batch.RequestFor(line.Query) with { Sort = SearchSort.Date }, cancellationToken))
                yield return new BatchSearchHit(line.Line, line.Query, row);
        }
    }

    private void Answer(BatchSearch batch, BatchSearchLine line)
    {
        line.Done = true;
        var parsed = ArticleSearch.Parse(line.Query);
        if (parsed.IsEmpty)
        {
            line.Failure = BatchLineFailure.NothingSearchable;
            line.Warnings = Codes(parsed.Warnings);
            return;
        }
        line.Total = search.MatchingIds(batch.RequestFor(line.Query), limit: 0).Total;
        line.Warnings = Codes(parsed.Warnings);
    }

    private static string? Codes(IReadOnlyList<SearchWarning> warnings) =>
        warnings.Count == 0 ? null : string.Join(',', warnings.Distinct());
}
