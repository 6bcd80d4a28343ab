using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Search;

/// <summary>
/// The nodes that share one database's outbox (<see cref="SearchNode"/>): each reports how far its index has applied
/// it, and rows every live node has applied are deleted. With one node this deletes what it just applied, as before.
/// </summary>
internal static class SearchNodeRegistry
{
    /// <summary>True when rows after <paramref name="appliedOutboxId"/> were deleted before this index applied them: it must rebuild.</summary>
    public static async Task<bool> FellBehindAsync(ArchiveDbContext db, long appliedOutboxId, CancellationToken cancellationToken) =>
        await db.SearchNodes.AsNoTracking()
            .AnyAsync(n => n.Id == SearchNode.PrunedName && n.AppliedOutboxId > appliedOutboxId, cancellationToken);

    /// <summary>Records the node's position, forgets nodes unseen for <paramref name="retention"/>, and deletes the rows all others have applied.</summary>
    /// <returns>Outbox rows deleted.</returns>
    public static async Task<int> ReportAsync(ArchiveDbContext db, string nodeId, long appliedOutboxId, TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var updated = await db.SearchNodes
            .Where(n => n.Id == nodeId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.AppliedOutboxId, appliedOutboxId).SetProperty(n => n.SeenAt, now), cancellationToken);
        if (updated == 0)
            await InsertAsync(db, new SearchNode { Id = nodeId, AppliedOutboxId = appliedOutboxId, SeenAt = now }, cancellationToken);

        var cutoff = now - retention;
        await db.SearchNodes.Where(n => n.Id != SearchNode.PrunedName && n.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var everyone = await db.SearchNodes.Where(n => n.Id != SearchNode.PrunedName).MinAsync(n => (long?)n.AppliedOutboxId, cancellationToken) ?? appliedOutboxId;
        var deleted = await db.SearchOutbox.Where(e => e.Id <= everyone).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
            return 0;
        if (await RaisePrunedAsync(db, everyone, now, cancellationToken) == 0)
        {
            await InsertAsync(db, new SearchNode { Id = SearchNode.PrunedName, AppliedOutboxId = everyone, SeenAt = now }, cancellationToken);
            // Another node may have written a lower mark in between.
            await RaisePrunedAsync(db, everyone, now, cancellationToken);
        }
        return deleted;
    }

    private static Task<int> RaisePrunedAsync(ArchiveDbContext db, long pruned, DateTime now, CancellationToken cancellationToken) =>
        db.SearchNodes
            .Where(n => n.Id == SearchNode.PrunedName)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.AppliedOutboxId, n => n.AppliedOutboxId < pruned ? pruned : n.AppliedOutboxId).SetProperty(n => n.SeenAt, now), cancellationToken);

    /// <summary>Two nodes may report their first position at once; the other's row is as good as this one's.</summary>
    private static async Task InsertAsync(ArchiveDbContext db, SearchNode node, CancellationToken cancellationToken)
    {
        db.SearchNodes.Add(node);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await db.SearchNodes.AsNoTracking().AnyAsync(n => n.Id == node.Id, cancellationToken))
                throw;
        }
        finally
        {
            db.Entry(node).State = EntityState.Detached;
        }
    }
}
