using System.Globalization;

namespace Archive.Core.Search;

/// <summary>
/// Restricts to articles dated within [<see cref="From"/>, <see cref="To"/>] (either end may be open), written
/// <c>date:2024-06-01..2024-06-30</c>, <c>date:2024-06</c> or <c>date:..2024</c>. The date is the published one;
/// the request says whether an article without one is judged by its import date (<see cref="SearchDateBasis"/>).
/// </summary>
public sealed record SearchDateRange(DateOnly? From, DateOnly? To) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        text.Append("date:");
        if (From == To && From is { } day)
        {
            text.Append(Format(day));
            return;
        }
        if (From is { } from)
            text.Append(Format(from));
        text.Append("..");
        if (To is { } to)
            text.Append(Format(to));
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads <c>D</c>, <c>D..</c>, <c>..D</c> or <c>D..D</c>, where D is <c>yyyy</c>, <c>yyyy-MM</c> or
    /// <c>yyyy-MM-dd</c> and stands for the whole year, month or day. Null when it is none of these,
    /// when both ends are open, or when the range ends before it starts.
    /// </summary>
    public static SearchDateRange? TryParse(string value)
    {
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
            return Period(value) is { } period ? new SearchDateRange(period.First, period.Last) : null;
        var left = value[..dots];
        var right = value[(dots + 2)..];
        if (left.Length == 0 && right.Length == 0)
            return null;
        DateOnly? from = null;
        DateOnly? to = null;
        if (left.Length > 0)
        {
            if (Period(left) is not { } start)
                return null;
            from = start.First;
        }
        if (right.Length > 0)
        {
            if (Period(right) is not { } end)
                return null;
            to = end.Last;
        }
        return from > to ? null : new SearchDateRange(from, to);
    }

    /// <summary>The first and last day a date written as a year, a month or a day stands for.</summary>
    public static (DateOnly First, DateOnly Last)? Period(string text)
    {
        var styles = DateTimeStyles.None;
        var culture = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, styles, out var day))
            return (day, day);
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", culture, styles, out var month))
            return (month, month.AddMonths(1).AddDays(-1));
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, culture, out var year) && year >= 1)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return null;
    }
}
