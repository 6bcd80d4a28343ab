using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The index's searcher (<see cref="SearchIndex"/>'s searcher factory makes every one), with Lucene's own
/// segment-by-segment search over a given weight opened up: IndexSearcher keeps it protected and makes the weight
/// again in every public overload. Making a query's weight looks every term up in every field it is expanded to and
/// in every segment, at 100,000 articles a third of a search's CPU; a search that collapses syndicated copies visits
/// the index twice (<see cref="StoryCollapse"/>, then the page and facets) and makes it once for both.
/// </summary>
internal sealed class ArchiveSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>
    /// A segment with fewer documents than this is scored in document order. For a query of several words Lucene's
    /// out-of-order scorer (BooleanScorer) allocates a table of 2,048 buckets per segment and per boolean clause, about
    /// 230 KB for a word expanded over fields and languages; the small segments catch-up writes between merges hold a
    /// few documents each, so most of that was allocated to score almost nothing. The in-order scorer costs per
    /// matching document instead, the cheaper side of the trade in a small segment. It was 71% of what an article
    /// page's related articles allocated.
    /// </summary>
    internal const int InOrderBelowDocuments = 4096;

    /// <summary>
    /// Every query is rewritten here before its weight is made. Under BM25 (the index's similarity) the optional terms
    /// this index lacks are left out (<see cref="AbsentTerms"/>); under a similarity with a coordination factor they
    /// count in every score, so they stay.
    /// </summary>
    public override Query Rewrite(Query original) =>
        base.Rewrite(Similarity is Lucene.Net.Search.Similarities.BM25Similarity ? AbsentTerms.Prune(original, IndexReader) : original);

    public void Search(Weight weight, ICollector collector)
    {
        foreach (var leaf in m_leafContexts)
        {
            try
            {
                collector.SetNextReader(leaf);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }
            // A collector that takes documents out of order takes them in order too.
            var inOrder = !collector.AcceptsDocsOutOfOrder || leaf.AtomicReader.MaxDoc < InOrderBelowDocuments;
            var scorer = weight.GetBulkScorer(leaf, inOrder, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
                continue;
            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it needs from this segment.
            }
        }
    }

    /// <summary>The top <paramref name="count"/> hits by score, searched as <see cref="Search(Weight, ICollector)"/> does.</summary>
    public TopDocs Top(Query query, int count)
    {
        var collector = TopScoreDocCollector.Create(count, docsScoredInOrder: false);
        Search(CreateNormalizedWeight(query), collector);
        return collector.GetTopDocs();
    }
}
