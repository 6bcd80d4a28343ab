namespace Archive.Core.Search;

/// <summary>One article in a result list. <see cref="Snippet"/> and <see cref="TitleHtml"/> are HTML-safe, matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    int Id,
    string Slug,
    string Title,
    string TitleHtml,
    string Language,
    string? Outlet,
    DateTime ImportedAt,
    DateTime? PublishedAt,
    int WordCount,
    string Snippet,
    float? Score)
{
    /// <summary>Slugs of the article's tags, in slug order.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Slugs of the article's tags whose label (either language) equals a word, phrase or group of words
    /// of the query: the article matched through them, perhaps only through them (a Spanish article found by "North Korea").
    /// </summary>
    public IReadOnlyList<string> MatchedTags { get; init; } = [];

    /// <summary>With copies collapsed: how many other syndicated copies of this article's story the search matched and left out.</summary>
    public int MoreCopies { get; init; }

    /// <summary>The date to show: published when known, else imported (say so: <see cref="IsImportDate"/>).</summary>
    public DateTime Date => PublishedAt ?? ImportedAt;

    /// <summary>True when <see cref="Date"/> is the import date standing in for an unknown publication date.</summary>
    public bool IsImportDate => PublishedAt is null;
}
