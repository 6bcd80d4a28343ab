using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Counts the keyword facets (<see cref="SearchFields.KeywordFacets"/>: language, outlet, tag, the entity types, and any
/// field added there) and months (yyyymm doc values of <paramref name="monthField"/>, from which the
/// year facet is summed) of every hit, alongside the collector that keeps the page. Values are read
/// from <see cref="SegmentValues"/> arrays and counted by ordinal; strings are made only per segment,
/// for ordinals that were counted.
/// </summary>
internal sealed class FacetCollector(string monthField) : ICollector
{
    // Months 1900-01..2199-12 are counted in an array (a dictionary update per hit was measurable on common words).
    private const int FirstYear = 1900;
    private const int Years = 300;

    /// <summary>A broad search names thousands of entities; the facets keep the most frequent of each type.</summary>
    public const int MaxEntityValues = 50;
    private readonly Dictionary<int, int> _months = [];
    private readonly int[] _monthCounts = new int[Years * 12];
    private readonly IReadOnlyList<string> _fields = SearchFields.KeywordFacets;
    private readonly Dictionary<string, int>[] _totals = [.. SearchFields.KeywordFacets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly SegmentOrdinals?[] _ordinals = new SegmentOrdinals?[SearchFields.KeywordFacets.Count];
    private readonly int[][] _counts = [.. SearchFields.KeywordFacets.Select(_ => Array.Empty<int>())];
    private AtomicReader? _reader;
    private int[]? _month;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _reader = context.AtomicReader;
        _month = SegmentValues.Int32s(_reader, monthField);
        for (var f = 0; f < _fields.Count; f++)
        {
            var ordinals = SegmentValues.Ordinals(_reader, _fields[f]);
            _ordinals[f] = ordinals;
            _counts[f] = ordinals is null ? [] : new int[ordinals.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        for (var f = 0; f < _ordinals.Length; f++)
        {
            if (_ordinals[f] is not { } ordinals)
                continue;
            var counts = _counts[f];
            var ords = ordinals.Ords;
            if (ordinals.Starts is not { } starts)
            {
                if (ords[doc] is var ord and >= 0)
                    counts[ord]++;
                continue;
            }
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
                counts[ords[i]]++;
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

    /// <summary>The counts of one of <see cref="SearchFields.KeywordFacets"/>, largest first (ties by value).</summary>
    public IReadOnlyList<FacetValue> Counts(string field)
    {
        Flush();
        var f = IndexOf(field);
        return f < 0 ? [] : Sorted(_totals[f]);
    }

    public SearchFacets ToFacets()
    {
        Flush();
        for (var slot = 0; slot < _monthCounts.Length; slot++)
        {
            if (_monthCounts[slot] == 0)
                continue;
            var month = ((FirstYear + (slot / 12)) * 100) + (slot % 12) + 1;
            _months[month] = _months.GetValueOrDefault(month) + _monthCounts[slot];
            _monthCounts[slot] = 0;
        }
        return new SearchFacets(Counts(SearchFields.Language), Counts(SearchFields.Outlet), Counts(SearchFields.Tag))
        {
            Person = [.. Counts(SearchFields.EntityFacet(Entities.EntityType.Person)).Take(MaxEntityValues)],
            Place = [.. Counts(SearchFields.EntityFacet(Entities.EntityType.Place)).Take(MaxEntityValues)],
            Organization = [.. Counts(SearchFields.EntityFacet(Entities.EntityType.Organization)).Take(MaxEntityValues)],
            Year = [.. _months.GroupBy(m => m.Key / 100).OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString("D4", CultureInfo.InvariantCulture), g.Sum(m => m.Value)))],
            Month = [.. _months.OrderByDescending(m => m.Key)
                .Select(m => new FacetValue($"{m.Key / 100:D4}-{m.Key % 100:D2}", m.Value))],
        };
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

    /// <summary>Turns the segment's ordinal counts into value counts before the next segment reuses the arrays.</summary>
    private void Flush()
    {
        if (_reader is null)
            return;
        for (var f = 0; f < _fields.Count; f++)
        {
            var counts = _counts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                var value = SegmentOrdinals.Lookup(_reader, _fields[f], ord);
                _totals[f][value] = _totals[f].GetValueOrDefault(value) + counts[ord];
            }
            _counts[f] = [];
            _ordinals[f] = null;
        }
        _reader = null;
        _month = null;
    }

    private static List<FacetValue> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value))
            .ToList();
}
