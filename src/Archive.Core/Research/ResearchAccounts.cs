using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Research;

/// <summary>What an account leaves behind when it is removed: its tokens and feeds stop opening anything.</summary>
public static class ResearchAccounts
{
    /// <summary>Revokes the account's API tokens and feed keys; its saved searches and batches stay for the record.</summary>
    public static async Task CloseAsync(ArchiveDbContext db, string userId, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await db.SavedSearches.Where(s => s.UserId == userId && s.FeedKeyHash != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FeedKeyHash, (string?)null).SetProperty(x => x.FeedKeyIssuedAt, (DateTime?)null), cancellationToken);
    }
}
