using Lucene.Net.Index;
using Lucene.Net.Search;
using J2NInt64 = J2N.Numerics.Int64;
using J2NSingle = J2N.Numerics.Single;

namespace Archive.Core.Search;

/// <summary>
/// The first page of a relevance search and its facets in one pass: keeps the best hits by score, then
/// date, then article id (all descending: <see cref="SearchCursor"/>'s relevance order) in a heap over
/// plain arrays, reading date and id from <see cref="SegmentValues"/>, and counts facets with the same
/// hit. Lucene's field-sorting collector, wrapped with the facet collector, cost a comparator call per
/// sort field per hit and a score cache in between. Without facets it is the sample of top words. Hits come back as <see cref="FieldDoc"/>s with the
/// sort values a cursor encodes, as that collector gives them.
/// </summary>
internal sealed class TopByRelevanceCollector(int size, FacetCollector? facets = null) : ICollector
{
    private readonly float[] _scores = new float[size];
    private readonly long[] _dates = new long[size];
    private readonly long[] _ids = new long[size];
    private readonly int[] _docs = new int[size];
    private int _count;
    private int _docBase;
    private long[]? _segmentDates;
    private long[]? _segmentIds;
    private Scorer? _scorer;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Every hit collected, kept or not.</summary>
    public int TotalHits { get; private set; }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        facets?.SetNextReader(context);
        _docBase = context.DocBase;
        _segmentDates = SegmentValues.Int64s(context.AtomicReader, SearchFields.Date);
        _segmentIds = SegmentValues.Int64s(context.AtomicReader, SearchFields.IdSort);
    }

    public void Collect(int doc)
    {
        facets?.Collect(doc);
        TotalHits++;
        if (size == 0)
            return;
        var score = _scorer!.GetScore();
        var date = _segmentDates is null ? 0 : _segmentDates[doc];
        var id = _segmentIds is null ? 0 : _segmentIds[doc];
        if (_count < size)
        {
            Set(_count, score, date, id, _docBase + doc);
            SiftUp(_count++);
            return;
        }
        // The heap's root is the worst hit kept; a hit not better than it changes nothing.
        if (!Better(score, date, id, 0))
            return;
        Set(0, score, date, id, _docBase + doc);
        SiftDown(0);
    }

    /// <summary>
    /// The kept hits' documents in index order, unranked: what top words count on. Ranking them and making a
    /// <see cref="FieldDoc"/> with three boxed sort values for each of 1,000 is work top words do not need.
    /// </summary>
    public int[] KeptDocs()
    {
        var docs = _docs.AsSpan(0, _count).ToArray();
        Array.Sort(docs);
        return docs;
    }

    /// <summary>The kept hits best first, from <paramref name="start"/> on, at most <paramref name="howMany"/>.</summary>
    public ScoreDoc[] TopDocs(int start, int howMany)
    {
        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return [.. order.Skip(start).Take(howMany).Select(slot => (ScoreDoc)new FieldDoc(_docs[slot], _scores[slot],
            [J2NSingle.GetInstance(_scores[slot]), J2NInt64.GetInstance(_dates[slot]), J2NInt64.GetInstance(_ids[slot])]))];
    }

    private void Set(int slot, float score, long date, long id, int doc)
    {
        _scores[slot] = score;
        _dates[slot] = date;
        _ids[slot] = id;
        _docs[slot] = doc;
    }

    private bool Better(float score, long date, long id, int slot) =>
        score != _scores[slot] ? score > _scores[slot] : date != _dates[slot] ? date > _dates[slot] : id > _ids[slot];

    private bool Better(int a, int b) => Better(_scores[a], _dates[a], _ids[a], b);

    // A min-heap: every parent is worse than its children.
    private void SiftUp(int slot)
    {
        while (slot > 0)
        {
            var parent = (slot - 1) / 2;
            if (!Better(parent, slot))
                return;
            Swap(slot, parent);
            slot = parent;
        }
    }

    private void SiftDown(int slot)
    {
        while (true)
        {
            var worst = slot;
            var left = (2 * slot) + 1;
            var right = left + 1;
            if (left < _count && Better(worst, left))
                worst = left;
            if (right < _count && Better(worst, right))
                worst = right;
            if (worst == slot)
                return;
            Swap(slot, worst);
            slot = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_dates[a], _dates[b]) = (_dates[b], _dates[a]);
        (_ids[a], _ids[b]) = (_ids[b], _ids[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
