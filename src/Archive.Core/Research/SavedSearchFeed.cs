using Archive.Core.Search;

namespace Archive.Core.Research;

/// <summary>What a feed shows: the saved search it belongs to and its newest matches.</summary>
public sealed record SavedSearchFeed(SavedSearch Search, IReadOnlyList<SearchHit> Entries);
