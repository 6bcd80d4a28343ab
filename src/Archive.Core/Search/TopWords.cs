namespace Archive.Core.Search;

/// <summary>
/// The words that set a result set apart from the archive, computed on <see cref="SampleSize"/> of its
/// <see cref="Total"/> articles: the first <see cref="ArticleSearch.TopWordsSample"/> by relevance (newest first
/// among equals, so a search without words samples the newest), or all of them when fewer.
/// </summary>
public sealed record TopWords
{
    public IReadOnlyList<TopWord> Words { get; init; } = [];

    /// <summary>Articles whose words were counted.</summary>
    public int SampleSize { get; init; }

    /// <summary>Articles the search matched.</summary>
    public int Total { get; init; }

    /// <summary>True when every matching article was counted, not a sample.</summary>
    public bool WholeResultSet => SampleSize == Total;
}
