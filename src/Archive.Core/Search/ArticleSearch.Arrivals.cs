using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Searches in arrival order, for saved searches and their feeds. Article ids grow with every import,
/// so the newest arrivals are the highest ids, whatever their publication dates.
/// </summary>
public sealed partial class ArticleSearch
{
    private static readonly Sort _byArrival = new(new SortField(SearchFields.IdSort, SortFieldType.INT64, true));

    /// <summary>How many articles the search matches among those with an id above <paramref name="afterArticleId"/>.</summary>
    public int CountNewerThan(SearchRequest request, int afterArticleId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BuildQuery(request, SearchQueryParser.Parse(request.Query)) is not { } query)
            return 0;
        using var lease = index.AcquireSearcher();
        var collector = new TotalHitCountCollector();
        lease.Searcher.Search(query, NewerThan(afterArticleId), collector);
        return collector.TotalHits;
    }

    /// <summary>The search's latest arrivals, newest first (the request's order and page are ignored).</summary>
    public IReadOnlyList<SearchHit> Newest(SearchRequest request, int count)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            return [];
        var (bodyTerms, titleTerms) = HighlightTerms.From(parsed);
        var tagLabels = TagLabelAlternatives.In(parsed.Root);
        using var lease = index.AcquireSearcher();
        var docs = lease.Searcher.Search(query, null, count, _byArrival, doDocScores: false, doMaxScore: false).ScoreDocs;
        return [.. docs.Select(d => ToHit(lease.Searcher, d, bodyTerms, titleTerms, tagLabels, relevance: false))];
    }

    /// <summary>The highest article id in the index (0 when empty): where "new since now" starts.</summary>
    public int NewestArticleId()
    {
        using var lease = index.AcquireSearcher();
        var docs = lease.Searcher.Search(new MatchAllDocsQuery(), null, 1, _byArrival, doDocScores: false, doMaxScore: false).ScoreDocs;
        return docs.Length == 0 ? 0 : IdOf(lease.Searcher.Doc(docs[0].Doc, SearchFields.StoredForHits));
    }

    /// <summary>Reads the id doc values through the field cache; no indexed terms needed.</summary>
    private static FieldCacheRangeFilter<long?> NewerThan(int articleId) =>
        FieldCacheRangeFilter.NewInt64Range(SearchFields.IdSort, articleId, null, includeLower: false, includeUpper: true);
}
