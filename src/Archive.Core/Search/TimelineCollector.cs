using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Counts every hit per published day from doc values, without loading a document: the month doc
/// value says whether the article has a published date, and the sort date is then that date.
/// Days 1900–2199 are counted in a pooled array (a dictionary update per hit shows on common words).
/// </summary>
internal sealed class TimelineCollector : ICollector, IDisposable
{
    private static readonly int _firstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly int _dayCount = new DateOnly(2200, 1, 1).DayNumber - _firstDay;
    private readonly Dictionary<int, int> _outside = [];
    private int[]? _days;
    private int[]? _month;
    private long[]? _date;

    public int TotalHits { get; private set; }

    public int Undated { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        // The segment's arrays (SegmentValues): doc values read hit by hit go to the file each time.
        _month = SegmentValues.Int32s(context.AtomicReader, SearchFields.PublishedMonth);
        _date = SegmentValues.Int64s(context.AtomicReader, SearchFields.Date);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        // A document without the month reads as 0: no published date.
        if (_month is null || _date is null || _month[doc] == 0)
        {
            Undated++;
            return;
        }
        var day = (int)(_date[doc] / TimeSpan.TicksPerDay);
        var slot = day - _firstDay;
        if (slot >= 0 && slot < _dayCount)
        {
            _days ??= RentCleared();
            _days[slot]++;
        }
        else
        {
            _outside[day] = _outside.GetValueOrDefault(day) + 1;
        }
    }

    /// <summary>Counts per published day (DateOnly.DayNumber), in day order.</summary>
    public SortedDictionary<int, int> Days()
    {
        var days = new SortedDictionary<int, int>(_outside);
        if (_days is not null)
        {
            for (var slot = 0; slot < _dayCount; slot++)
            {
                if (_days[slot] > 0)
                    days[_firstDay + slot] = _days[slot];
            }
        }
        return days;
    }

    public void Dispose()
    {
        if (_days is not null)
            ArrayPool<int>.Shared.Return(_days);
        _days = null;
    }

    private static int[] RentCleared()
    {
        var days = ArrayPool<int>.Shared.Rent(_dayCount);
        Array.Clear(days, 0, _dayCount);
        return days;
    }
}
