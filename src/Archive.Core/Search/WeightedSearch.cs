using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// A search's passes over one weight. Making a query's weight looks every term up in every field it is expanded to
/// and in every segment (term statistics for scoring): at 100,000 articles a third of a search's CPU. A search that
/// collapses syndicated copies visits the index twice (the story members, then the page and facets), and
/// <see cref="IndexSearcher.Search(Query, ICollector)"/> makes the weight again for each visit; here both share one.
/// </summary>
internal static class WeightedSearch
{
    public static Weight Of(IndexSearcher searcher, Query query) => searcher.CreateNormalizedWeight(query);

    /// <summary>Every hit of <paramref name="weight"/> to <paramref name="collector"/>, segment by segment, as IndexSearcher.Search does.</summary>
    public static void Run(IndexSearcher searcher, Weight weight, ICollector collector)
    {
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            try
            {
                collector.SetNextReader(leaf);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
                continue;
            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it wanted from this segment.
            }
        }
    }

    /// <summary>
    /// The hits of <paramref name="weight"/> among the documents <paramref name="filter"/> accepts, the filter leading:
    /// a sparse filter (story members) makes the scorer leap over everything else.
    /// </summary>
    public static void RunWithin(IndexSearcher searcher, Weight weight, Filter filter, ICollector collector)
    {
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            var accepted = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
            if (accepted is null)
                continue;
            // The filter already left deleted documents out.
            var scorer = weight.GetScorer(leaf, null);
            if (scorer is null)
                continue;
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var doc = accepted.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var hit = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                if (hit == DocIdSetIterator.NO_MORE_DOCS)
                    break;
                if (hit == doc)
                {
                    collector.Collect(doc);
                    doc = accepted.NextDoc();
                }
                else
                {
                    doc = accepted.Advance(hit);
                }
            }
        }
    }
}
