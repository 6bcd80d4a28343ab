namespace Archive.Core.Search;

public sealed record SearchResult
{
    public required ParsedQuery Query { get; init; }
    public int Total { get; init; }

    /// <summary>Syndicated copies the search matched but folded into their story's result (not in <see cref="Total"/>).</summary>
    public int FoldedCopies { get; init; }
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

    /// <summary>Every matching article per published day, week or month (copies included); null unless asked for with <see cref="SearchExtras.Timeline"/>.</summary>
    public Timeline? Timeline { get; init; }

    /// <summary>The results' characteristic words; null unless asked for with <see cref="SearchExtras.TopWords"/>.</summary>
    public TopWords? TopWords { get; init; }
}
