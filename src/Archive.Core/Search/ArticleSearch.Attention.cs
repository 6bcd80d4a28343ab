using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>Attention over time and characteristic words of a search's result set.</summary>
public sealed partial class ArticleSearch
{
    /// <summary>Top words are counted on at most this many articles: the first by relevance.</summary>
    public const int TopWordsSample = 1_000;

    /// <summary>The words a page shows.</summary>
    public const int TopWordsCount = 20;

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
        return TimelineOf(collector, interval);
    }

    /// <summary>
    /// The words most characteristic of the search's results against the whole archive, counted on the
    /// first <see cref="TopWordsSample"/> results by relevance (all of them when fewer).
    /// </summary>
    public TopWords TopWords(SearchRequest request, int count = TopWordsCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            return new TopWords();
        using var lease = index.AcquireSearcher();
        var top = new TopByRelevanceCollector(TopWordsSample);
        lease.Searcher.Search(query, top);
        return TopWordsOf(lease.Searcher, top, count);
    }

    private static Timeline TimelineOf(TimelineCollector collector, TimelineInterval interval) =>
        TimelineBuckets.From(collector.Days(), interval) with
        {
            Undated = collector.Undated,
            Total = collector.TotalHits,
        };

    private static TopWords TopWordsOf(IndexSearcher searcher, TopByRelevanceCollector top, int count)
    {
        var sample = top.KeptDocs();
        return new TopWords
        {
            Words = TopWordScorer.Score(searcher.IndexReader, sample, count),
            SampleSize = sample.Length,
            Total = top.TotalHits,
        };
    }
}
