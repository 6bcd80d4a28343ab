using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Counts language, outlet, tag and entity (person, place, organization) values of every hit from doc values, per segment by ordinal
/// (no strings until the segment is done), alongside the collector that keeps the page; and months
/// (yyyymm doc values of <paramref name="monthField"/>), from which the year facet is summed.
/// </summary>
internal sealed class FacetCollector(string monthField) : ICollector
{
    // Months 1900-01..2199-12 are counted in an array (a dictionary update per hit was measurable on common words).
    private const int FirstYear = 1900;
    private const int Years = 300;
    private readonly Dictionary<int, int> _months = [];
    private int[]? _monthCounts;
    private NumericDocValues? _month;
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private SortedDocValues? _language;
    private SortedDocValues? _outlet;
    private SortedSetDocValues? _tag;
    private int[] _languageCounts = [];
    private int[] _outletCounts = [];
    private int[] _tagCounts = [];

    /// <summary>A broad search names thousands of entities; the facets keep the most frequent of each type.</summary>
    public const int MaxEntityValues = 50;

    // Person, place and organization, in EntityTypes.All order.
    private readonly Dictionary<string, int>[] _entities = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly SortedSetDocValues?[] _entity = new SortedSetDocValues?[3];
    private int[][] _entityCounts = [[], [], []];

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _language = reader.GetSortedDocValues(SearchFields.Language);
        _outlet = reader.GetSortedDocValues(SearchFields.Outlet);
        _tag = reader.GetSortedSetDocValues(SearchFields.Tag);
        _month = reader.GetNumericDocValues(monthField);
        for (var t = 0; t < _entity.Length; t++)
        {
            _entity[t] = reader.GetSortedSetDocValues(SearchFields.EntityFacet(Entities.EntityTypes.All[t]));
            _entityCounts[t] = new int[_entity[t]?.ValueCount ?? 0];
        }
        _languageCounts = new int[_language?.ValueCount ?? 0];
        _outletCounts = new int[_outlet?.ValueCount ?? 0];
        _tagCounts = new int[_tag?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (_language is not null && _language.GetOrd(doc) is var language and >= 0)
            _languageCounts[language]++;
        if (_outlet is not null && _outlet.GetOrd(doc) is var outlet and >= 0)
            _outletCounts[outlet]++;
        // A document without the field reads as 0, which is no month.
        if (_month is not null && (int)_month.Get(doc) is var month and > 0)
        {
            var slot = ((month / 100) - FirstYear) * 12 + (month % 100) - 1;
            if (slot is >= 0 and < Years * 12)
                (_monthCounts ??= new int[Years * 12])[slot]++;
            else
                _months[month] = _months.GetValueOrDefault(month) + 1;
        }
        if (_tag is not null)
        {
            _tag.SetDocument(doc);
            long ord;
            while ((ord = _tag.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                _tagCounts[ord]++;
        }
        for (var t = 0; t < _entity.Length; t++)
        {
            if (_entity[t] is not { } values)
                continue;
            values.SetDocument(doc);
            long ord;
            var counts = _entityCounts[t];
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[ord]++;
        }
    }

    public SearchFacets ToFacets()
    {
        Flush();
        if (_monthCounts is not null)
        {
            for (var slot = 0; slot < _monthCounts.Length; slot++)
            {
                if (_monthCounts[slot] > 0)
                    _months[((FirstYear + (slot / 12)) * 100) + (slot % 12) + 1] = _months.GetValueOrDefault(((FirstYear + (slot / 12)) * 100) + (slot % 12) + 1) + _monthCounts[slot];
            }
            _monthCounts = null;
        }
        return new SearchFacets(Sorted(_languages), Sorted(_outlets), Sorted(_tags))
        {
            Person = [.. Sorted(_entities[0]).Take(MaxEntityValues)],
            Place = [.. Sorted(_entities[1]).Take(MaxEntityValues)],
            Organization = [.. Sorted(_entities[2]).Take(MaxEntityValues)],
            Year = [.. _months.GroupBy(m => m.Key / 100).OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString("D4", CultureInfo.InvariantCulture), g.Sum(m => m.Value)))],
            Month = [.. _months.OrderByDescending(m => m.Key)
                .Select(m => new FacetValue($"{m.Key / 100:D4}-{m.Key % 100:D2}", m.Value))],
        };
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var ord = 0; ord < _languageCounts.Length; ord++)
        {
            if (_languageCounts[ord] == 0)
                continue;
            _language!.LookupOrd(ord, bytes);
            Add(_languages, bytes.Utf8ToString(), _languageCounts[ord]);
        }
        for (var ord = 0; ord < _outletCounts.Length; ord++)
        {
            if (_outletCounts[ord] == 0)
                continue;
            _outlet!.LookupOrd(ord, bytes);
            Add(_outlets, bytes.Utf8ToString(), _outletCounts[ord]);
        }
        for (var ord = 0; ord < _tagCounts.Length; ord++)
        {
            if (_tagCounts[ord] == 0)
                continue;
            _tag!.LookupOrd(ord, bytes);
            Add(_tags, bytes.Utf8ToString(), _tagCounts[ord]);
        }
        for (var t = 0; t < _entity.Length; t++)
        {
            for (var ord = 0; ord < _entityCounts[t].Length; ord++)
            {
                if (_entityCounts[t][ord] == 0)
                    continue;
                _entity[t]!.LookupOrd(ord, bytes);
                Add(_entities[t], bytes.Utf8ToString(), _entityCounts[t][ord]);
            }
            _entityCounts[t] = [];
        }
        _languageCounts = _outletCounts = _tagCounts = [];
    }

    private static void Add(Dictionary<string, int> counts, string value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    private static List<FacetValue> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value))
            .ToList();
}
