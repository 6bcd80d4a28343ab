using Archive.Core.Search;

namespace Archive.Core.Research;

/// <summary>A saved search as its owner's list shows it.</summary>
public sealed record SavedSearchView(
    int Id, string Name, SearchRequest Request, DateTime CreatedAt, DateTime? LastVisitedAt, int NewSinceLastVisit, bool HasFeed);
