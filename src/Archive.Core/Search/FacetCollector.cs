using System.Buffers;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Counts the keyword facets (<see cref="SearchFields.KeywordFacets"/>: language, outlet, tag, the entity types, and any
/// field added there) and months (yyyymm doc values of <paramref name="monthField"/>, from which the
/// year facet is summed) of every hit, alongside the collector that keeps the page. A hit's facet values are
/// adjacent numbers in its segment's <see cref="SegmentFacets"/>, counted in one array; strings are picked
/// (<see cref="FacetNumbers"/>) only for the values returned.
/// </summary>
internal sealed class FacetCollector(string monthField) : ICollector
{
    // Months 1900-01..2199-12 are counted in an array (a dictionary update per hit was measurable on common words).
    private const int FirstYear = 1900;
    private const int Years = 300;

    /// <summary>A broad search names thousands of entities; the facets keep the most frequent of each type.</summary>
    public const int MaxEntityValues = 50;
    private static readonly HashSet<string> _entityFields = Entities.EntityTypes.All.Select(SearchFields.EntityFacet).ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _months = [];
    private readonly int[] _monthCounts = new int[Years * 12];
    private readonly IReadOnlyList<string> _fields = SearchFields.KeywordFacets;
    private int[] _counts = [];
    private int _used;
    private int[]? _starts;
    private int[]? _numbers;
    private int[]? _month;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = context.AtomicReader;
        var facets = SegmentValues.Facets(segment);
        if (facets.Highest >= _used)
            Grow(facets.Highest + 1);
        _starts = facets.Starts;
        _numbers = facets.Numbers;
        _month = SegmentValues.Int32s(segment, monthField);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var counts = _counts;
        var numbers = _numbers!;
        var end = _starts![doc + 1];
        for (var i = _starts[doc]; i < end; i++)
            counts[numbers[i]]++;
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

    /// <summary>The counts of every facet (<see cref="SearchFields.KeywordFacets"/> order), largest first (ties by value), each at most its limit.</summary>
    private List<FacetValue>[] AllCounts(Func<string, int> limit)
    {
        var values = FacetNumbers.Values();
        // The best few kept in a heap whose root is the worst kept: a broad search counts thousands of entities.
        var best = _fields.Select(_ => new PriorityQueue<FacetValue, FacetValue>(Worse.Instance)).ToArray();
        var limits = _fields.Select(limit).ToArray();
        for (var n = 0; n < _used; n++)
        {
            if (_counts[n] == 0)
                continue;
            var (facet, name) = values[n];
            var count = _counts[n];
            // Compared before a value is made: a broad search has thousands of entities that never enter the heap.
            if (best[facet].Count >= limits[facet] && !Worse.Beats(count, name, best[facet].Peek()))
                continue;
            var value = new FacetValue(name, count);
            if (best[facet].Count < limits[facet])
                best[facet].Enqueue(value, value);
            else
                best[facet].EnqueueDequeue(value, value);
        }
        return [.. best.Select(heap =>
        {
            var sorted = new FacetValue[heap.Count];
            for (var i = sorted.Length - 1; i >= 0; i--)
                sorted[i] = heap.Dequeue();
            return sorted.ToList();
        })];
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
        var counts = AllCounts(field => _entityFields.Contains(field) ? MaxEntityValues : int.MaxValue);
        List<FacetValue> Of(string field) => counts[IndexOf(field)];
        var facets = new SearchFacets(Of(SearchFields.Language), Of(SearchFields.Outlet), Of(SearchFields.Tag))
        {
            Person = Of(SearchFields.EntityFacet(Entities.EntityType.Person)),
            Place = Of(SearchFields.EntityFacet(Entities.EntityType.Place)),
            Organization = Of(SearchFields.EntityFacet(Entities.EntityType.Organization)),
            Year = [.. _months.GroupBy(m => m.Key / 100).OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString("D4", CultureInfo.InvariantCulture), g.Sum(m => m.Value)))],
            Month = [.. _months.OrderByDescending(m => m.Key)
                .Select(m => new FacetValue($"{m.Key / 100:D4}-{m.Key % 100:D2}", m.Value))],
        };
        if (_counts.Length > 0)
            ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
        _used = 0;
        return facets;
    }

    /// <summary>Rented, not allocated: on a big archive the array is past the large-object threshold.</summary>
    private void Grow(int length)
    {
        // Room for numbers given since, so a later segment rarely grows it again.
        length = Math.Max(length, FacetNumbers.Count);
        var counts = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(counts, 0, length);
        _counts.AsSpan(0, _used).CopyTo(counts);
        if (_counts.Length > 0)
            ArrayPool<int>.Shared.Return(_counts);
        _counts = counts;
        _used = length;
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

        /// <summary>Whether a value of <paramref name="count"/> hits named <paramref name="name"/> orders after (is better than) <paramref name="kept"/>.</summary>
        public static bool Beats(int count, string name, FacetValue kept) =>
            count != kept.Count ? count > kept.Count : string.CompareOrdinal(name, kept.Value) < 0;
    }
}
