using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Says whether a query matches anything, stopping at the first hit: a "did you mean" only needs to
/// know its correction finds something, and counting a common word's every hit cost as much as a search.
/// </summary>
internal sealed class AnyHitCollector : ICollector
{
    public bool Found { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        // IndexSearcher skips a segment whose collector refuses it, so later segments cost nothing.
        if (Found)
            throw new CollectionTerminatedException();
    }

    public void Collect(int doc)
    {
        Found = true;
        throw new CollectionTerminatedException();
    }
}
