using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// One result per story: of the hits that are syndicated copies of one story, only the one that sorts
/// first is listed, with the number of the others. A first pass visits only story members (the query
/// leap-frogged with the sparse <see cref="SearchFields.InStory"/> marker, so an archive with few copies
/// pays little) and picks each story's representative by the search's own order; the search proper then
/// runs with the other members filtered out, so totals, facets, pages, cursors and deep hops all count
/// stories, never hidden copies.
/// </summary>
internal sealed class StoryCollapse
{
    public static readonly StoryCollapse None = new([], new Dictionary<int, int>());

    private static readonly Filter _members = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.InStory, SearchFields.InStoryValue)));

    private readonly int[] _hidden;
    private readonly IReadOnlyDictionary<int, int> _moreCopies;

    private StoryCollapse(int[] hidden, IReadOnlyDictionary<int, int> moreCopies)
    {
        _hidden = hidden;
        _moreCopies = moreCopies;
        Filter = hidden.Length == 0 ? null : new HideFilter(hidden);
    }

    /// <summary>How many matching copies are left out (each counted with its story's listed hit).</summary>
    public int Hidden => _hidden.Length;

    /// <summary>Leaves out the copies not listed; null when nothing is left out.</summary>
    public Filter? Filter { get; }

    /// <summary>
    /// The collector, seeing only the hits the search lists: <see cref="Filter"/>'s effect, for a pass whose other
    /// collectors see every hit. <paramref name="maxDoc"/> is the reader's.
    /// </summary>
    public ICollector Hiding(ICollector collector, int maxDoc)
    {
        if (_hidden.Length == 0)
            return collector;
        var hidden = new FixedBitSet(maxDoc);
        foreach (var doc in _hidden)
            hidden.Set(doc);
        return new HidingCollector(collector, hidden);
    }

    /// <summary>How many copies of this hit's story the search matched besides it (and left out).</summary>
    public int MoreCopiesOf(int doc) => _moreCopies.GetValueOrDefault(doc);

    public static StoryCollapse Compute(IndexSearcher searcher, Query query, bool relevance) =>
        Compute(searcher, searcher.CreateNormalizedWeight(query), relevance);

    /// <summary>The collapse of the search whose weight is <paramref name="weight"/>, made once for this pass and the search's own.</summary>
    public static StoryCollapse Compute(IndexSearcher searcher, Weight weight, bool relevance)
    {
        var collector = new MemberCollector(relevance);
        CollectMembers(searcher, weight, collector);
        if (collector.Members.Count < 2)
            return None;
        var hidden = new List<int>();
        var more = new Dictionary<int, int>();
        foreach (var story in collector.Members.GroupBy(m => m.Story))
        {
            var best = story.Aggregate((a, b) => First(a, b, relevance) ? a : b);
            var count = 0;
            foreach (var member in story)
            {
                if (member.Doc != best.Doc)
                {
                    hidden.Add(member.Doc);
                    count++;
                }
            }
            if (count > 0)
                more[best.Doc] = count;
        }
        hidden.Sort();
        return new StoryCollapse([.. hidden], more);
    }

    /// <summary>
    /// The hits of <paramref name="weight"/> among the story members, the sparse member marker leading, so the scorer
    /// leaps over everything else (FilteredQuery's leap-frog, on a weight made once for the whole search).
    /// </summary>
    private static void CollectMembers(IndexSearcher searcher, Weight weight, ICollector collector)
    {
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            var accepted = _members.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
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

    /// <summary>The search's order (<see cref="SearchCursor.SortFor"/>): score, then date, then id, each descending.</summary>
    private static bool First(Member a, Member b, bool relevance)
    {
        if (relevance && a.Score != b.Score)
            return a.Score > b.Score;
        if (a.Date != b.Date)
            return a.Date > b.Date;
        return a.Id > b.Id;
    }

    private readonly record struct Member(int Doc, long Story, float Score, long Date, long Id);

    private sealed class MemberCollector(bool relevance) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;
        private NumericDocValues? _story;
        private NumericDocValues? _date;
        private NumericDocValues? _id;

        public List<Member> Members { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _docBase = context.DocBase;
            var reader = context.AtomicReader;
            _story = reader.GetNumericDocValues(SearchFields.Story);
            _date = reader.GetNumericDocValues(SearchFields.Date);
            _id = reader.GetNumericDocValues(SearchFields.IdSort);
        }

        public void Collect(int doc)
        {
            if (_story is null)
                return;
            Members.Add(new Member(
                _docBase + doc,
                _story.Get(doc),
                relevance && _scorer is not null ? _scorer.GetScore() : 0f,
                _date?.Get(doc) ?? 0,
                _id?.Get(doc) ?? 0));
        }
    }

    private sealed class HidingCollector(ICollector inner, FixedBitSet hidden) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            _docBase = context.DocBase;
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            if (!hidden.Get(_docBase + doc))
                inner.Collect(doc);
        }
    }

    /// <summary>Accepts every document but the hidden ones (global doc ids, sorted).</summary>
    private sealed class HideFilter(int[] hidden) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            var bits = new FixedBitSet(maxDoc);
            bits.Set(0, maxDoc);
            var start = Array.BinarySearch(hidden, context.DocBase);
            if (start < 0)
                start = ~start;
            for (var i = start; i < hidden.Length && hidden[i] < context.DocBase + maxDoc; i++)
                bits.Clear(hidden[i] - context.DocBase);
            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }
}
