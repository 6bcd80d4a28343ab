namespace Archive.Core.Search;

/// <summary>Which date a date filter (<c>from</c>/<c>to</c>, <c>date:</c>) and the date facet go by.</summary>
public enum SearchDateBasis
{
    /// <summary>The published date; articles without one are left out of a date filter.</summary>
    Published = 0,

    /// <summary>The published date, or the import date for an article that has none (the user asked for it).</summary>
    PublishedOrImported = 1,
}
