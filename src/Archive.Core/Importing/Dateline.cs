using System.Globalization;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// A dateline read off the start of an article: the place, the words of the date as written
/// ("March 2", "23 may"), the agency named in it, and the dateline as written.
/// </summary>
public sealed record Dateline(string Place, string? DateWords, string? Agency, string Text)
{
    /// <summary>
    /// The date the dateline names in <paramref name="year"/> (the dateline itself never says the year),
    /// or null when its words are no day and month.
    /// </summary>
    public DateTime? DateIn(int year)
    {
        if (DateWords is null)
            return null;
        var match = WireConventions.DayMonthRegex.Match(TextFolding.Fold(DateWords));
        if (!match.Success)
            return null;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = WireConventions.MonthNumber(match.Groups["month"].Value);
        if (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
            return null;
        return new DateTime(year, month.Value, day, 0, 0, 0, DateTimeKind.Utc);
    }
}
