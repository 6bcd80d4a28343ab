namespace Archive.Core.Search;

/// <summary>
/// One number per (keyword facet, value) ever seen in the process, given once and never changed, so each segment
/// turns its doc values into numbers once (<see cref="SegmentFacets"/>) and a search counts every facet of a hit in
/// one array. Counting per segment by ordinal and turning every counted ordinal into a string before the next
/// segment was most of a common word's search: a broad query names tens of thousands of entities. Values of
/// deleted articles keep their numbers (their counts stay 0). Thread-safe.
/// </summary>
internal static class FacetNumbers
{
    private static readonly Lock _gate = new();
    private static readonly Dictionary<(int Facet, string Value), int> _numbers = [];
    // Grown by copying, never changed below the count: a reader holding an older array reads valid entries without the lock.
    private static (int Facet, string Value)[] _values = new (int, string)[1024];
    private static int _count;

    /// <summary>Numbers given so far: a count array this long has room for every segment read so far.</summary>
    public static int Count
    {
        get
        {
            lock (_gate)
                return _count;
        }
    }

    /// <summary>The number of a value of facet <paramref name="facet"/> (an index into <see cref="SearchFields.KeywordFacets"/>).</summary>
    public static int Of(int facet, string value)
    {
        lock (_gate)
        {
            if (!_numbers.TryGetValue((facet, value), out var number))
            {
                number = _count;
                if (number == _values.Length)
                    Array.Resize(ref _values, _values.Length * 2);
                _values[number] = (facet, value);
                _numbers.Add((facet, value), number);
                _count++;
            }
            return number;
        }
    }

    /// <summary>The facet and value of each number, by number; valid below <see cref="Count"/> as read before the call.</summary>
    public static (int Facet, string Value)[] Values()
    {
        lock (_gate)
            return _values;
    }
}
