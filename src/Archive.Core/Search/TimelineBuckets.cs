namespace Archive.Core.Search;

/// <summary>Turns counts per day into consecutive buckets of an interval, empty ones included.</summary>
internal static class TimelineBuckets
{
    private const int AutoDays = 92;
    private const int AutoWeeks = 2 * 366;

    public static Timeline From(SortedDictionary<int, int> days, TimelineInterval interval)
    {
        if (days.Count == 0)
            return new Timeline { Interval = interval == TimelineInterval.Auto ? TimelineInterval.Day : interval };
        var first = DateOnly.FromDayNumber(days.Keys.First());
        var last = DateOnly.FromDayNumber(days.Keys.Last());
        if (interval == TimelineInterval.Auto)
        {
            var span = last.DayNumber - first.DayNumber + 1;
            interval = span <= AutoDays ? TimelineInterval.Day : span <= AutoWeeks ? TimelineInterval.Week : TimelineInterval.Month;
        }
        var start = Start(first, interval);
        var end = Start(last, interval);
        if (Count(start, end, interval) > Timeline.MaxBuckets)
            return new Timeline { Interval = interval, TooManyBuckets = true };

        var counts = new Dictionary<DateOnly, int>();
        foreach (var (day, count) in days)
        {
            var bucket = Start(DateOnly.FromDayNumber(day), interval);
            counts[bucket] = counts.GetValueOrDefault(bucket) + count;
        }
        // Counted rather than compared, so a bucket at the end of the calendar (9999-12) never steps past it.
        var total = (int)Count(start, end, interval);
        var buckets = new List<TimelineBucket>(total);
        var at = start;
        for (var i = 0; i < total; i++)
        {
            buckets.Add(new TimelineBucket(at, counts.GetValueOrDefault(at)));
            if (i + 1 < total)
                at = Next(at, interval);
        }
        return new Timeline { Interval = interval, Buckets = buckets };
    }

    /// <summary>The first day of the bucket holding <paramref name="day"/>: itself, its ISO week's Monday, or its month's first.</summary>
    public static DateOnly Start(DateOnly day, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => day,
        TimelineInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    private static DateOnly Next(DateOnly start, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => start.AddDays(1),
        TimelineInterval.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    private static long Count(DateOnly start, DateOnly end, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => end.DayNumber - start.DayNumber + 1,
        TimelineInterval.Week => ((end.DayNumber - start.DayNumber) / 7) + 1,
        _ => ((end.Year - start.Year) * 12) + end.Month - start.Month + 1,
    };
}
