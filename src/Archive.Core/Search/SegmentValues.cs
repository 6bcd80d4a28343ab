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

    /// <summary>The keyword facets of every document of the segment, as numbers.</summary>
    public static SegmentFacets Facets(AtomicReader reader) =>
        (SegmentFacets)Of(reader).GetOrAdd("facets", _ => SegmentFacets.Read(reader));

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
