namespace Archive.Core.Search;

/// <summary>
/// How many of a search's articles were published per day, week or month, every bucket from the
/// first to the last dated one (empty ones as 0), and how many matched without a published date.
/// </summary>
public sealed record Timeline
{
    /// <summary>The buckets asked for, or above this many the answer is refused (<see cref="TooManyBuckets"/>).</summary>
    public const int MaxBuckets = 5_000;

    /// <summary>The interval the buckets use; never <see cref="TimelineInterval.Auto"/>.</summary>
    public TimelineInterval Interval { get; init; } = TimelineInterval.Month;

    public IReadOnlyList<TimelineBucket> Buckets { get; init; } = [];

    /// <summary>Matching articles without a published date (not in any bucket).</summary>
    public int Undated { get; init; }

    /// <summary>All matching articles: the buckets' sum plus <see cref="Undated"/>.</summary>
    public int Total { get; init; }

    /// <summary>True when the dates span more than <see cref="MaxBuckets"/> buckets of the interval asked for; then there are none.</summary>
    public bool TooManyBuckets { get; init; }

    /// <summary>The last day of the bucket starting on <paramref name="start"/>.</summary>
    public DateOnly End(DateOnly start) => Interval switch
    {
        TimelineInterval.Day => start,
        TimelineInterval.Week => start.AddDays(6),
        _ => start.AddMonths(1).AddDays(-1),
    };
}
