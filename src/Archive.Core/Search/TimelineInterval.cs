namespace Archive.Core.Search;

/// <summary>How the timeline buckets published dates. Weeks are ISO weeks: they start on Monday.</summary>
public enum TimelineInterval
{
    /// <summary>Day, week or month, whichever keeps the span readable (see <see cref="ArticleSearch.Timeline"/>).</summary>
    Auto = 0,
    Day = 1,
    Week = 2,
    Month = 3,
}
