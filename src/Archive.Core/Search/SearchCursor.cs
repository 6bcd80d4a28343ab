using System.Buffers.Binary;
using Lucene.Net.Search;
using J2NInt64 = J2N.Numerics.Int64;
using J2NSingle = J2N.Numerics.Single;

namespace Archive.Core.Search;

/// <summary>
/// An opaque position in a sorted result list: the last hit's sort values. Every sort ends on the
/// article id, so the position names exactly one place even after the index changes.
/// </summary>
internal static class SearchCursor
{
    private const byte Version = 1;

    public static Sort SortFor(SearchSort sort) => sort == SearchSort.Date ? _byDate : _byRelevance;

    private static readonly Sort _byRelevance = new(
        SortField.FIELD_SCORE,
        new SortField(SearchFields.Date, SortFieldType.INT64, true),
        new SortField(SearchFields.IdSort, SortFieldType.INT64, true));

    private static readonly Sort _byDate = new(
        new SortField(SearchFields.Date, SortFieldType.INT64, true),
        new SortField(SearchFields.IdSort, SortFieldType.INT64, true));

    public static string Encode(SearchSort sort, FieldDoc last)
    {
        var bytes = new byte[2 + 4 + 8 + 8];
        bytes[0] = Version;
        bytes[1] = (byte)sort;
        var at = 2;
        var fields = last.Fields;
        var i = 0;
        if (sort == SearchSort.Relevance)
        {
            BinaryPrimitives.WriteSingleBigEndian(bytes.AsSpan(at), ((J2NSingle)fields[i++]).ToSingle());
            at += 4;
        }
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(at), ((J2NInt64)fields[i++]).ToInt64());
        at += 8;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(at), ((J2NInt64)fields[i]).ToInt64());
        at += 8;
        return Convert.ToBase64String(bytes, 0, at).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Null when the text is not a cursor of this sort.</summary>
    public static FieldDoc? Decode(string cursor, SearchSort sort)
    {
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        var bytes = new byte[32];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
            return null;
        var expected = sort == SearchSort.Relevance ? 22 : 18;
        if (length != expected || bytes[0] != Version || bytes[1] != (byte)sort)
            return null;
        var span = bytes.AsSpan(2);
        var fields = new List<object>();
        if (sort == SearchSort.Relevance)
        {
            var score = BinaryPrimitives.ReadSingleBigEndian(span);
            if (!float.IsFinite(score))
                return null;
            fields.Add(J2NSingle.GetInstance(score));
            span = span[4..];
        }
        fields.Add(J2NInt64.GetInstance(BinaryPrimitives.ReadInt64BigEndian(span)));
        fields.Add(J2NInt64.GetInstance(BinaryPrimitives.ReadInt64BigEndian(span[8..])));
        // The document number only breaks ties, and the id already makes every position unique.
        return new FieldDoc(int.MaxValue, float.NaN, fields.ToArray());
    }
}
