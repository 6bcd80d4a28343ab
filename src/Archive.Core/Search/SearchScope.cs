namespace Archive.Core.Search;

/// <summary>Where a word or phrase must occur.</summary>
public enum SearchScope
{
    Anywhere = 0,
    Title = 1,

    /// <summary>In the byline only (written <c>byline:</c>), exact words, accents and case ignored.</summary>
    Byline = 2,
}
