using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Research;

/// <summary>
/// Saved searches and their feeds. Every read re-parses the stored text (<see cref="SavedSearch.ToRequest"/>),
/// and a feed key's every change is audited. Per-request DbContext.
/// </summary>
public sealed class SavedSearches(ArchiveDbContext db, ArticleSearch search, TimeProvider clock)
{
    public const int FeedSize = 50;

    public async Task<SavedSearchResult> CreateAsync(TagActor owner, string? name, SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(request);
        if (Invalid(name, request.Query) is { } invalid)
            return new(invalid);
        var now = Now();
        var saved = new SavedSearch
        {
            UserId = owner.UserId,
            Name = name!.Trim(),
            Query = request.Query?.Trim() ?? "",
            Languages = [.. request.Languages],
            Outlets = [.. request.Outlets],
            Tags = [.. request.Tags],
            Sort = request.Sort,
            CreatedAt = now,
            // Saving is a visit: what the researcher is looking at now is not "new".
            LastVisitedAt = now,
            LastSeenArticleId = search.NewestArticleId(),
        };
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        var key = IssueKey(owner, saved, now);
        await db.SaveChangesAsync(cancellationToken);
        return new(SavedSearchCode.Ok, saved, key);
    }

    public async Task<IReadOnlyList<SavedSearchView>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var all = await db.SavedSearches.AsNoTracking().Where(s => s.UserId == userId)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. all.Select(View)];
    }

    public async Task<SavedSearchView?> FindAsync(string userId, int id, CancellationToken cancellationToken = default) =>
        await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken) is { } saved
            ? View(saved)
            : null;

    /// <summary>Its owner runs it: from now on only later arrivals count as new. Null when not theirs.</summary>
    public async Task<SearchRequest?> VisitAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var saved = await OwnAsync(userId, id, cancellationToken);
        if (saved is null)
            return null;
        saved.LastVisitedAt = Now();
        saved.LastSeenArticleId = Math.Max(saved.LastSeenArticleId, search.NewestArticleId());
        await db.SaveChangesAsync(cancellationToken);
        return saved.ToRequest();
    }

    public async Task<SavedSearchCode> RenameAsync(string userId, int id, string? name, CancellationToken cancellationToken = default)
    {
        if (Invalid(name, null) is { } invalid)
            return invalid;
        var saved = await OwnAsync(userId, id, cancellationToken);
        if (saved is null)
            return SavedSearchCode.NotFound;
        saved.Name = name!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return SavedSearchCode.Ok;
    }

    /// <summary>Deleting takes its feed with it, which the change log records as a revoked key.</summary>
    public async Task<bool> DeleteAsync(TagActor owner, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var saved = await OwnAsync(owner.UserId, id, cancellationToken);
        if (saved is null)
            return false;
        if (saved.FeedKeyHash is not null)
            db.TagChanges.Add(ResearchAudit.Change(owner, Now(), TagChangeKind.FeedKeyRevoked, Details(saved)));
        db.SavedSearches.Remove(saved);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A new key for the feed; the old one stops working at once. Null when not theirs.</summary>
    public async Task<string?> RegenerateFeedKeyAsync(TagActor owner, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var saved = await OwnAsync(owner.UserId, id, cancellationToken);
        if (saved is null)
            return null;
        var key = IssueKey(owner, saved, Now());
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<bool> RevokeFeedKeyAsync(TagActor owner, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var saved = await OwnAsync(owner.UserId, id, cancellationToken);
        if (saved?.FeedKeyHash is null)
            return false;
        saved.FeedKeyHash = null;
        saved.FeedKeyIssuedAt = null;
        db.TagChanges.Add(ResearchAudit.Change(owner, Now(), TagChangeKind.FeedKeyRevoked, Details(saved)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The feed, or null for an unknown search, a wrong key or a revoked feed (all alike to the caller).</summary>
    public async Task<SavedSearchFeed?> FeedAsync(int id, string? key, CancellationToken cancellationToken = default)
    {
        var saved = await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (saved is null || !SecretHash.Matches(key, saved.FeedKeyHash))
            return null;
        return new SavedSearchFeed(saved, search.Newest(saved.ToRequest(), FeedSize));
    }

    private string IssueKey(TagActor owner, SavedSearch saved, DateTime now)
    {
        var key = SecretHash.NewSecret();
        saved.FeedKeyHash = SecretHash.Of(key);
        saved.FeedKeyIssuedAt = now;
        db.TagChanges.Add(ResearchAudit.Change(owner, now, TagChangeKind.FeedKeyIssued, Details(saved)));
        return key;
    }

    private static TagChangeDetails Details(SavedSearch saved) => new() { SavedSearchId = saved.Id, SavedSearchName = saved.Name };

    private Task<SavedSearch?> OwnAsync(string userId, int id, CancellationToken cancellationToken) =>
        db.SavedSearches.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);

    private SavedSearchView View(SavedSearch s) => new(
        s.Id, s.Name, s.ToRequest(), s.CreatedAt, s.LastVisitedAt,
        search.CountNewerThan(s.ToRequest(), s.LastSeenArticleId), s.FeedKeyHash is not null);

    private static SavedSearchCode? Invalid(string? name, string? query)
    {
        if (string.IsNullOrWhiteSpace(name))
            return SavedSearchCode.NameMissing;
        if (name.Trim().Length > SavedSearch.NameMaxLength)
            return SavedSearchCode.NameTooLong;
        if (query is not null && query.Trim().Length > SavedSearch.QueryMaxLength)
            return SavedSearchCode.QueryTooLong;
        return null;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
