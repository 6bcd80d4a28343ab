namespace Archive.Core.Search;

/// <summary>Where a word or phrase must occur.</summary>
public enum SearchScope
{
    Anywhere = 0,
    Title = 1,
}
