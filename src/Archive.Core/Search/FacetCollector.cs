using System.Buffers;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Counts the keyword facets (<see cref="SearchFields.KeywordFacets"/>: language, outlet, tag, the entity types, and any
/// field added there) and months (yyyymm doc values of <paramref name="monthField"/>, from which the
/// year facet is summed) of every hit, alongside the collector that keeps the page. Values are read
/// from <see cref="SegmentValues"/> arrays and counted by their number across the reader
/// (<see cref="FacetOrdinals"/>); strings are picked only for the values returned.
/// </summary>
internal sealed class FacetCollector(IndexReader reader, string monthField) : ICollector
{
    // Months 1900-01..2199-12 are counted in an array (a dictionary update per hit was measurable on common words).
    private const int FirstYear = 1900;
    private const int Years = 300;

    /// <summary>A broad search names thousands of entities; the facets keep the most frequent of each type.</summary>
    public const int MaxEntityValues = 50;
    private readonly Dictionary<int, int> _months = [];
    private readonly int[] _monthCounts = new int[Years * 12];
    private readonly IReadOnlyList<string> _fields = SearchFields.KeywordFacets;
    private readonly FacetOrdinals _global = FacetOrdinals.For(reader);
    private readonly SegmentOrdinals?[] _ordinals = new SegmentOrdinals?[SearchFields.KeywordFacets.Count];
    private readonly int[]?[] _maps = new int[]?[SearchFields.KeywordFacets.Count];
    private int[][]? _counts;
    private int[]? _month;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        // Rented, not allocated: an entity facet's array is past the large-object threshold on a big archive.
        _counts ??= [.. _global.Values.Select(v => Rent(v.Length))];
        var segment = context.AtomicReader;
        _month = SegmentValues.Int32s(segment, monthField);
        for (var f = 0; f < _fields.Count; f++)
        {
            _maps[f] = _global.Map(f, context);
            _ordinals[f] = _maps[f] is null ? null : SegmentValues.Ordinals(segment, _fields[f]);
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        for (var f = 0; f < _ordinals.Length; f++)
        {
            if (_ordinals[f] is not { } ordinals)
                continue;
            var counts = _counts![f];
            var map = _maps[f]!;
            var ords = ordinals.Ords;
            if (ordinals.Starts is not { } starts)
            {
                if (ords[doc] is var ord and >= 0)
                    counts[map[ord]]++;
                continue;
            }
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
                counts[map[ords[i]]]++;
        }
        // A document without the field reads as 0, which is no month.
        if (_month is not null && _month[doc] is var month and > 0)
        {
            var slot = ((month / 100) - FirstYear) * 12 + (month % 100) - 1;
            if (slot is >= 0 and < Years * 12)
                _monthCounts[slot]++;
            else
                _months[month] = _months.GetValueOrDefault(month) + 1;
        }
    }

    /// <summary>The counts of one of <see cref="SearchFields.KeywordFacets"/>, largest first (ties by value), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<FacetValue> Counts(string field, int limit = int.MaxValue)
    {
        var f = IndexOf(field);
        if (f < 0 || _counts is null)
            return [];
        var counts = _counts[f];
        var values = _global.Values[f];
        // The best few kept in a heap whose root is the worst kept: a broad search counts thousands of entities.
        var best = new PriorityQueue<FacetValue, FacetValue>(Worse.Instance);
        for (var n = 0; n < values.Length; n++)
        {
            if (counts[n] == 0)
                continue;
            var value = new FacetValue(values[n], counts[n]);
            if (best.Count < limit)
                best.Enqueue(value, value);
            else if (Worse.Instance.Compare(best.Peek(), value) < 0)
                best.EnqueueDequeue(value, value);
        }
        var sorted = new FacetValue[best.Count];
        for (var i = sorted.Length - 1; i >= 0; i--)
            sorted[i] = best.Dequeue();
        return sorted;
    }

    public SearchFacets ToFacets()
    {
        for (var slot = 0; slot < _monthCounts.Length; slot++)
        {
            if (_monthCounts[slot] == 0)
                continue;
            var month = ((FirstYear + (slot / 12)) * 100) + (slot % 12) + 1;
            _months[month] = _months.GetValueOrDefault(month) + _monthCounts[slot];
            _monthCounts[slot] = 0;
        }
        var facets = new SearchFacets(Counts(SearchFields.Language), Counts(SearchFields.Outlet), Counts(SearchFields.Tag))
        {
            Person = Counts(SearchFields.EntityFacet(Entities.EntityType.Person), MaxEntityValues),
            Place = Counts(SearchFields.EntityFacet(Entities.EntityType.Place), MaxEntityValues),
            Organization = Counts(SearchFields.EntityFacet(Entities.EntityType.Organization), MaxEntityValues),
            Year = [.. _months.GroupBy(m => m.Key / 100).OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString("D4", CultureInfo.InvariantCulture), g.Sum(m => m.Value)))],
            Month = [.. _months.OrderByDescending(m => m.Key)
                .Select(m => new FacetValue($"{m.Key / 100:D4}-{m.Key % 100:D2}", m.Value))],
        };
        if (_counts is not null)
        {
            foreach (var counts in _counts)
                ArrayPool<int>.Shared.Return(counts);
            _counts = null;
        }
        return facets;
    }

    private static int[] Rent(int length)
    {
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(counts, 0, length);
        return counts;
    }

    private int IndexOf(string field)
    {
        for (var f = 0; f < _fields.Count; f++)
        {
            if (_fields[f] == field)
                return f;
        }
        return -1;
    }

    /// <summary>Orders facet values worst first: fewer hits, then the later value (ordinal order).</summary>
    private sealed class Worse : IComparer<FacetValue>
    {
        public static readonly Worse Instance = new();

        public int Compare(FacetValue? x, FacetValue? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            return x.Count != y.Count ? x.Count.CompareTo(y.Count) : string.CompareOrdinal(y.Value, x.Value);
        }
    }
}
