using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// Doc values of one segment read once into plain arrays, kept as long as the segment lives. Reading
/// packed doc values hit by hit (several virtual calls and a block decode each) was a measurable share
/// of a common word's search; a segment's values never change, so every search after the first indexes
/// an array. A refresh only builds arrays for the segments it adds. Thread-safe.
/// </summary>
internal static class SegmentValues
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, object>> _segments = new();

    /// <summary>
    /// The ordinals of a keyword field (sorted or sorted-set doc values), or null when the segment has
    /// none; the value names are looked up per segment only for ordinals a search counted.
    /// </summary>
    public static SegmentOrdinals? Ordinals(AtomicReader reader, string field)
    {
        var values = Of(reader).GetOrAdd("ords:" + field, _ => (object?)SegmentOrdinals.Read(reader, field) ?? Missing.Instance);
        return values as SegmentOrdinals;
    }

    /// <summary>An integer doc value per document (0 where a document has none), or null when the segment has none.</summary>
    public static int[]? Int32s(AtomicReader reader, string field)
    {
        var values = Of(reader).GetOrAdd("int:" + field, _ => (object?)ReadInt32s(reader, field) ?? Missing.Instance);
        return values as int[];
    }

    /// <summary>A 64-bit doc value per document (0 where a document has none), or null when the segment has none.</summary>
    public static long[]? Int64s(AtomicReader reader, string field)
    {
        var values = Of(reader).GetOrAdd("long:" + field, _ => (object?)ReadInt64s(reader, field) ?? Missing.Instance);
        return values as long[];
    }

    private static long[]? ReadInt64s(AtomicReader reader, string field)
    {
        if (reader.GetNumericDocValues(field) is not { } source)
            return null;
        var values = new long[reader.MaxDoc];
        for (var doc = 0; doc < values.Length; doc++)
            values[doc] = source.Get(doc);
        return values;
    }

    private static ConcurrentDictionary<string, object> Of(AtomicReader reader) =>
        _segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));

    private static int[]? ReadInt32s(AtomicReader reader, string field)
    {
        if (reader.GetNumericDocValues(field) is not { } source)
            return null;
        var values = new int[reader.MaxDoc];
        for (var doc = 0; doc < values.Length; doc++)
            values[doc] = (int)source.Get(doc);
        return values;
    }

    private sealed class Missing
    {
        public static readonly Missing Instance = new();
    }
}

/// <summary>
/// A segment's ordinals of one keyword field in compressed-row form: the values of document d are
/// <c>Ords[Starts[d]..Starts[d + 1]]</c>. A single-valued field keeps no starts (<c>Ords[d]</c>, -1 for none).
/// <see cref="Values"/> holds the value of each ordinal, read once with the ordinals: looking values up in the
/// compressed doc values ordinal by ordinal was most of a common word's search (thousands of entity names a query).
/// </summary>
internal sealed class SegmentOrdinals
{
    private SegmentOrdinals(string[] values, int[]? starts, int[] ords)
    {
        Values = values;
        Starts = starts;
        Ords = ords;
    }

    public int ValueCount => Values.Length;

    public string[] Values { get; }

    public int[]? Starts { get; }

    public int[] Ords { get; }

    public static SegmentOrdinals? Read(AtomicReader reader, string field)
    {
        var type = reader.FieldInfos.FieldInfo(field)?.DocValuesType;
        if (type == DocValuesType.SORTED && reader.GetSortedDocValues(field) is { } single)
        {
            var ords = new int[reader.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
                ords[doc] = single.GetOrd(doc);
            return new SegmentOrdinals(ReadValues(single.GetTermsEnum(), single.ValueCount), null, ords);
        }
        if (type == DocValuesType.SORTED_SET && reader.GetSortedSetDocValues(field) is { } multi)
        {
            var starts = new int[reader.MaxDoc + 1];
            var all = new List<int>(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                starts[doc] = all.Count;
                multi.SetDocument(doc);
                long ord;
                while ((ord = multi.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    all.Add((int)ord);
            }
            starts[reader.MaxDoc] = all.Count;
            return new SegmentOrdinals(ReadValues(multi.GetTermsEnum(), checked((int)multi.ValueCount)), starts, [.. all]);
        }
        return null;
    }

    /// <summary>The values in ordinal order: one sequential walk of the terms, where a lookup per ordinal seeks each time.</summary>
    private static string[] ReadValues(TermsEnum terms, int count)
    {
        var values = new string[count];
        var ord = 0;
        while (ord < count && terms.MoveNext())
            values[ord++] = terms.Term.Utf8ToString();
        return values;
    }
}
