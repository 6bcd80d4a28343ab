namespace Archive.Core.Research;

/// <param name="FeedKey">Set when a feed key was just issued: shown to the owner now, stored only hashed.</param>
public sealed record SavedSearchResult(SavedSearchCode Code, SavedSearch? Search = null, string? FeedKey = null)
{
    public bool Succeeded => Code == SavedSearchCode.Ok;
}
