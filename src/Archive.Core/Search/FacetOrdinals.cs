using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// One number per distinct value of each keyword facet (<see cref="SearchFields.KeywordFacets"/>) across all
/// segments of one reader, and each segment's ordinals mapped to it, so a search counts hits straight into one
/// array per facet and makes strings only for the values it returns. Counting per segment and turning every
/// counted ordinal into a string before the next segment was most of a common word's search: a broad query
/// names tens of thousands of entities. Built once per reader (an index refresh makes a new one; each
/// segment's values are read once, <see cref="SegmentValues.Ordinals"/>). Thread-safe.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> _readers = new();

    private readonly object[] _leafKeys;

    /// <summary>[facet][leaf ord]: the segment ordinal's global number; null where the segment has no such values.</summary>
    private readonly int[]?[][] _maps;

    private FacetOrdinals(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var fields = SearchFields.KeywordFacets;
        _leafKeys = [.. leaves.Select(l => l.AtomicReader.CoreCacheKey)];
        _maps = new int[]?[fields.Count][];
        Values = new string[fields.Count][];
        for (var f = 0; f < fields.Count; f++)
        {
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var values = new List<string>();
            _maps[f] = new int[]?[leaves.Count];
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                if (SegmentValues.Ordinals(leaves[leaf].AtomicReader, fields[f]) is not { } ordinals)
                    continue;
                var map = new int[ordinals.ValueCount];
                for (var ord = 0; ord < map.Length; ord++)
                {
                    var value = ordinals.Values[ord];
                    if (!numbers.TryGetValue(value, out var number))
                    {
                        number = values.Count;
                        numbers.Add(value, number);
                        values.Add(value);
                    }
                    map[ord] = number;
                }
                _maps[f][leaf] = map;
            }
            Values[f] = [.. values];
        }
    }

    /// <summary>[facet][global number]: the value.</summary>
    public string[][] Values { get; }

    public static FacetOrdinals For(IndexReader reader) => _readers.GetValue(reader, r => new FacetOrdinals(r));

    /// <summary>The segment's ordinals of facet <paramref name="facet"/> as global numbers; null when it has none.</summary>
    public int[]? Map(int facet, AtomicReaderContext context)
    {
        // A context of another reader would count into the wrong values without failing.
        if (context.Ord >= _leafKeys.Length || !ReferenceEquals(_leafKeys[context.Ord], context.AtomicReader.CoreCacheKey))
            throw new InvalidOperationException("The segment is not one of the reader the facet ordinals were built for.");
        return _maps[facet][context.Ord];
    }
}
