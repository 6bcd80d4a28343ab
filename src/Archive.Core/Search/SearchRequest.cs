namespace Archive.Core.Search;

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

    /// <summary>Entities written "type/slug" (<c>person/kim-jong-un</c>); an article must name every one of them.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>First day of the date filter (inclusive); null: no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the date filter (inclusive); null: no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Whether an article without a published date is filtered and counted by its import date.</summary>
    public SearchDateBasis DateBasis { get; init; } = SearchDateBasis.Published;

    /// <summary>True when <see cref="From"/> or <see cref="To"/> narrows the search.</summary>
    public bool HasDateFilter => From is not null || To is not null;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>One result per story of syndicated copies (default), or every copy.</summary>
    public SearchCopies Copies { get; init; } = SearchCopies.Collapse;

    /// <summary>1-based; ignored when <see cref="Cursor"/> is given.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 1..<see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A previous result's <see cref="SearchResult.NextCursor"/>: the page after it, however deep.</summary>
    public string? Cursor { get; init; }
}
