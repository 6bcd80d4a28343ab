namespace Archive.Core.Search;

public enum SearchSort
{
    /// <summary>Best matches first (titles weigh more than bodies); equal scores newest first.</summary>
    Relevance = 0,

    /// <summary>Newest first (publication date when known, else import date).</summary>
    Date = 1,
}
