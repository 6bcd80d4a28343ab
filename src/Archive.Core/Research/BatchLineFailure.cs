namespace Archive.Core.Research;

/// <summary>Why one line of a batch was not searched; the web layer words it in the reader's language.</summary>
public enum BatchLineFailure
{
    /// <summary>The line holds only operators or punctuation.</summary>
    NothingSearchable = 1,

    /// <summary>Longer than <see cref="SavedSearch.QueryMaxLength"/>.</summary>
    TooLong = 2,

    /// <summary>A CSV line whose quotes do not close.</summary>
    MalformedCsv = 3,
}
