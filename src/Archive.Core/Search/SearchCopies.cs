namespace Archive.Core.Search;

/// <summary>Whether a search lists syndicated copies of one story once (the default) or each of them.</summary>
public enum SearchCopies
{
    /// <summary>One result per story, the one that sorts first, with the number of its other copies.</summary>
    Collapse = 0,

    /// <summary>Every article, copies included.</summary>
    All = 1,
}
