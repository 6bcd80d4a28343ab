using System.Globalization;
using Archive.Core.Search;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Search;

/// <summary>
/// The query string of /api/search/timeline and /api/search/words: every parameter of /api/search (bound by
/// <see cref="SearchParameters"/>), plus <c>interval</c>, <c>format</c> and <c>count</c>; errors in the reader's language.
/// </summary>
public sealed record AttentionParameters(
    SearchRequest Request, TimelineInterval Interval, bool Csv, int Count, IReadOnlyDictionary<string, string[]> Errors)
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    public static AttentionParameters From(IQueryCollection query, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        var search = SearchParameters.From(query);
        // The shared binding words its errors in English; the key says which parameter, so the reader's language can say it again.
        var errors = search.Errors.ToDictionary(e => e.Key, e => (string[])[Localized(text, e.Key, e.Value)]);

        var interval = TimelineInterval.Auto;
        var intervalText = query["interval"].ToString().Trim();
        if (intervalText.Length > 0 && !TryInterval(intervalText, out interval))
            errors["interval"] = [text["Attention.Invalid.interval"]];

        var format = query["format"].ToString().Trim();
        if (format.Length > 0 && !format.Equals("json", StringComparison.OrdinalIgnoreCase) && !format.Equals("csv", StringComparison.OrdinalIgnoreCase))
            errors["format"] = [text["Attention.Invalid.format"]];

        var count = DefaultCount;
        var countText = query["count"].ToString().Trim();
        if (countText.Length > 0
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            errors["count"] = [text["Attention.Invalid.count", MaxCount]];
            count = DefaultCount;
        }
        return new AttentionParameters(search.Request, interval, format.Equals("csv", StringComparison.OrdinalIgnoreCase), count, errors);
    }

    public static string Name(TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => "day",
        TimelineInterval.Week => "week",
        TimelineInterval.Month => "month",
        _ => "auto",
    };

    private static bool TryInterval(string value, out TimelineInterval interval)
    {
        foreach (var candidate in (TimelineInterval[])[TimelineInterval.Auto, TimelineInterval.Day, TimelineInterval.Week, TimelineInterval.Month])
        {
            if (string.Equals(value, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                interval = candidate;
                return true;
            }
        }
        interval = TimelineInterval.Auto;
        return false;
    }

    private static string Localized(IStringLocalizer<SharedResource> text, string key, string[] english)
    {
        var message = text[$"Attention.Invalid.{key}"];
        return message.ResourceNotFound ? string.Join(' ', english) : message.Value;
    }
}
