using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>Attention over time and characteristic words of a search's result set.</summary>
public sealed partial class ArticleSearch
{
    /// <summary>Top words are counted on at most this many articles: the first by relevance.</summary>
    public const int TopWordsSample = 1_000;

    /// <summary>
    /// Every matching article (page, cursor and order ignored) counted per published day, week
    /// (Monday first) or month. <see cref="TimelineInterval.Auto"/> picks days for up to 92 days of
    /// dates, weeks up to two years, months beyond.
    /// </summary>
    public Timeline Timeline(SearchRequest request, TimelineInterval interval = TimelineInterval.Auto)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            return new Timeline { Interval = interval == TimelineInterval.Auto ? TimelineInterval.Month : interval };
        using var lease = index.AcquireSearcher();
        using var collector = new TimelineCollector();
        lease.Searcher.Search(query, collector);
        return TimelineBuckets.From(collector.Days(), interval) with
        {
            Undated = collector.Undated,
            Total = collector.TotalHits,
        };
    }

    /// <summary>
    /// The words most characteristic of the search's results against the whole archive, counted on the
    /// first <see cref="TopWordsSample"/> results by relevance (all of them when fewer).
    /// </summary>
    public TopWords TopWords(SearchRequest request, int count = 20)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            return new TopWords();
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var top = TopFieldCollector.Create(SearchCursor.SortFor(SearchSort.Relevance), TopWordsSample, null,
            fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, top);
        var sample = top.GetTopDocs().ScoreDocs;
        return new TopWords
        {
            Words = TopWordScorer.Score(searcher.IndexReader, sample, count),
            SampleSize = sample.Length,
            Total = top.TotalHits,
        };
    }
}
