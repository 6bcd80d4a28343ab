using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Importing.Html;

/// <summary>
/// Normalises the metadata values a source declares (language tags, dates, addresses, free text)
/// the same way for HTML pages and Markdown notes.
/// </summary>
internal static partial class ArticleFields
{
    /// <summary>
    /// Reads an ISO 8601 date or date-time ("2024-06-19", "2024-06-19T10:42:17+02:00") as UTC.
    /// A value without an offset is taken as UTC: the source gave no zone to convert from.
    /// </summary>
    public static DateTime? ParseUtcDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var trimmed = value.Trim();
        if (!IsoDatePrefix().IsMatch(trimmed))
            return null;

        return DateTimeOffset.TryParse(
            trimmed,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out var parsed)
            ? parsed.UtcDateTime
            : null;
    }

    /// <summary>The address as given when it is an absolute http(s) URL, otherwise null.</summary>
    public static string? AbsoluteWebAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var trimmed = value.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDatePrefix();
}
