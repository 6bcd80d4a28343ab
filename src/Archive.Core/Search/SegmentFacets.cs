using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// Every keyword facet value of every document of one segment as <see cref="FacetNumbers"/>, in compressed-row form:
/// the values of document d are <c>Numbers[Starts[d]..Starts[d + 1]]</c>. Read once per segment (segments never
/// change), so counting a hit's facets is one loop over adjacent numbers.
/// </summary>
internal sealed class SegmentFacets
{
    private SegmentFacets(int[] starts, int[] numbers, int highest)
    {
        Starts = starts;
        Numbers = numbers;
        Highest = highest;
    }

    public int[] Starts { get; }

    public int[] Numbers { get; }

    /// <summary>The largest number in <see cref="Numbers"/> (-1 when none): a count array needs one more slot than this.</summary>
    public int Highest { get; }

    public static SegmentFacets Read(AtomicReader reader)
    {
        var fields = SearchFields.KeywordFacets;
        var maxDoc = reader.MaxDoc;
        var single = new SortedDocValues?[fields.Count];
        var multi = new SortedSetDocValues?[fields.Count];
        var numbers = new int[fields.Count][];
        for (var f = 0; f < fields.Count; f++)
        {
            var type = reader.FieldInfos.FieldInfo(fields[f])?.DocValuesType;
            if (type == DocValuesType.SORTED && reader.GetSortedDocValues(fields[f]) is { } sorted)
            {
                single[f] = sorted;
                numbers[f] = Number(f, sorted.GetTermsEnum(), sorted.ValueCount);
            }
            else if (type == DocValuesType.SORTED_SET && reader.GetSortedSetDocValues(fields[f]) is { } set)
            {
                multi[f] = set;
                numbers[f] = Number(f, set.GetTermsEnum(), checked((int)set.ValueCount));
            }
            else
            {
                numbers[f] = [];
            }
        }

        var starts = new int[maxDoc + 1];
        var all = new List<int>(maxDoc * 4);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = all.Count;
            for (var f = 0; f < fields.Count; f++)
            {
                if (single[f] is { } sorted)
                {
                    if (sorted.GetOrd(doc) is var ord and >= 0)
                        all.Add(numbers[f][ord]);
                }
                else if (multi[f] is { } set)
                {
                    set.SetDocument(doc);
                    long ord;
                    while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                        all.Add(numbers[f][ord]);
                }
            }
        }
        starts[maxDoc] = all.Count;
        var highest = numbers.Select(n => n.Length == 0 ? -1 : n.Max()).DefaultIfEmpty(-1).Max();
        return new SegmentFacets(starts, [.. all], highest);
    }

    /// <summary>Each ordinal's number, from one sequential walk of the values (a lookup per ordinal seeks each time).</summary>
    private static int[] Number(int facet, TermsEnum terms, int count)
    {
        var numbers = new int[count];
        var ord = 0;
        while (ord < count && terms.MoveNext())
            numbers[ord++] = FacetNumbers.Of(facet, terms.Term.Utf8ToString());
        return numbers;
    }
}
