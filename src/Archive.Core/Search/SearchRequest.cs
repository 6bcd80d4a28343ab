namespace Archive.Core.Search;

public enum SearchSort
{
    /// <summary>Best matches first (titles weigh more than bodies); equal scores newest first.</summary>
    Relevance = 0,

    /// <summary>Newest first (publication date when known, else import date).</summary>
    Date = 1,
}

/// <summary>One search: the box's text plus filters, order and page.</summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>What was typed; blank means "everything" (still filtered).</summary>
    public string? Query { get; init; }

    /// <summary>Language codes; an article matches any of them. Empty: all languages.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Outlet names or slugs ("Fox News" or "fox-news"); an article matches any of them.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Tag slugs; an article matches any of them.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based; ignored when <see cref="Cursor"/> is given.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 1..<see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A previous result's <see cref="SearchResult.NextCursor"/>: the page after it, however deep.</summary>
    public string? Cursor { get; init; }
}

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
}

/// <summary>How many results carry one value of a facet.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>Counts over the whole result set (every hit, not just the page), largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> Outlet,
    IReadOnlyList<FacetValue> Tag)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

public sealed record SearchResult
{
    public required ParsedQuery Query { get; init; }
    public int Total { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; }
    public IReadOnlyList<SearchHit> Items { get; init; } = [];
    public SearchFacets Facets { get; init; } = SearchFacets.Empty;

    /// <summary>Corrected queries worth trying, offered only when nothing was found.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Parser warnings plus request ones (e.g. <see cref="SearchWarning.InvalidCursor"/>).</summary>
    public IReadOnlyList<SearchWarning> Warnings { get; init; } = [];

    /// <summary>Pass as <see cref="SearchRequest.Cursor"/> for the next page; null on the last page.</summary>
    public string? NextCursor { get; init; }
}

/// <summary>One article of an export: every hit of a search, with its plain-text snippet and full text.</summary>
public sealed record ExportRow(
    int Id,
    string Slug,
    string Title,
    string? Outlet,
    string Language,
    DateTime ImportedAt,
    DateTime? PublishedAt,
    int WordCount,
    string Snippet,
    string Text)
{
    /// <summary>Slugs of the article's tags, in slug order.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>How many articles a search matches and, unless there were too many, their ids.</summary>
public sealed record MatchingArticles(int Total, IReadOnlyList<int> Ids)
{
    /// <summary>False when the ids were left out because more articles matched than the limit asked for.</summary>
    public bool Complete => Ids.Count == Total;
}
