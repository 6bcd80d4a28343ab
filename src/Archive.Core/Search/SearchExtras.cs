namespace Archive.Core.Search;

/// <summary>
/// What a search page shows beside its hits, computed in the search's own pass over the hits when it can
/// (<see cref="ArticleSearch.Search(SearchRequest, SearchExtras)"/>): each otherwise runs the query again.
/// </summary>
[Flags]
public enum SearchExtras
{
    None = 0,

    /// <summary><see cref="SearchResult.Timeline"/>, as <see cref="ArticleSearch.Timeline"/> gives it.</summary>
    Timeline = 1,

    /// <summary><see cref="SearchResult.TopWords"/>, as <see cref="ArticleSearch.TopWords"/> gives it (20 words).</summary>
    TopWords = 2,
}
