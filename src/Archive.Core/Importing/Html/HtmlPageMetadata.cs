using Archive.Core.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Importing.Html;

/// <summary>
/// What a saved page declares about its article, read in order of trust: JSON-LD, then Open Graph
/// and article:* meta, then Dublin Core, then the &lt;title&gt; and &lt;h1&gt;.
/// </summary>
internal sealed partial record HtmlPageMetadata(
    string? Title,
    string? Byline,
    DateTime? PublishedAt,
    string? OutletName,
    string? CanonicalUrl,
    string? Language,
    IReadOnlyList<string> Headings)
{
    private const int MaxSiteNameWords = 5;

    /// <summary>Reads the metadata; call it before anything mutates the document (SmartReader removes scripts).</summary>
    public static HtmlPageMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle.Find(document);
        var meta = MetaValues(document);

        var siteName = FirstOf(jsonLd?.PublisherName, First(meta, "og:site_name"), First(meta, "dc.publisher"), First(meta, "dcterms.publisher"), First(meta, "application-name"));
        // A site logo is often the page's first <h1>; the article's own heading sits inside <article> or <main>.
        var heading = document.QuerySelector("article h1, main h1, [itemprop=headline]") ?? document.QuerySelector("h1");
        var h1 = heading is null ? null : Clean(heading.TextContent);
        var (pageTitle, titleSiteName) = SplitSiteName(Clean(document.Title), siteName, h1);

        var title = FirstOf(jsonLd?.Headline, First(meta, "og:title"), First(meta, "dc.title"), First(meta, "dcterms.title"), pageTitle, h1);

        var byline = Join(jsonLd?.Authors)
            ?? Join(People(meta, "article:author"))
            ?? Join(People(meta, "dc.creator"))
            ?? Join(People(meta, "dcterms.creator"))
            ?? Join(People(meta, "author"));

        var published = ArticleFields.ParseUtcDate(jsonLd?.DatePublished)
            ?? ArticleFields.ParseUtcDate(First(meta, "article:published_time"))
            ?? ArticleFields.ParseUtcDate(First(meta, "dc.date"))
            ?? ArticleFields.ParseUtcDate(First(meta, "dcterms.date"))
            ?? ArticleFields.ParseUtcDate(First(meta, "dcterms.created"))
            ?? ArticleFields.ParseUtcDate(First(meta, "datepublished"))
            ?? ArticleFields.ParseUtcDate(jsonLd?.DateModified);

        var canonical = ArticleFields.AbsoluteWebAddress(CanonicalLink(document))
            ?? ArticleFields.AbsoluteWebAddress(First(meta, "og:url"))
            ?? ArticleFields.AbsoluteWebAddress(jsonLd?.Url);

        var language = Languages.Normalize(document.DocumentElement?.GetAttribute("lang"))
            ?? Languages.Normalize(First(meta, "og:locale"))
            ?? Languages.Normalize(jsonLd?.Language)
            ?? Languages.Normalize(First(meta, "dc.language"))
            ?? Languages.Normalize(First(meta, "dcterms.language"));

        var headings = new[] { title, h1, pageTitle, First(meta, "og:title") }
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new HtmlPageMetadata(title, byline, published, siteName ?? titleSiteName, canonical, language, headings);
    }

    /// <summary>
    /// Splits "Headline | El País" into the headline and the site name. A known site name is cut
    /// wherever it sits; otherwise a short last segment is, when the &lt;h1&gt; or the segment's length says it is not part of the headline.
    /// </summary>
    internal static (string? Title, string? SiteName) SplitSiteName(string? title, string? knownSiteName, string? h1)
    {
        if (string.IsNullOrEmpty(title))
            return (null, null);

        var separators = TitleSeparator().Matches(title);
        if (separators.Count == 0)
            return (title, null);

        var first = separators[0];
        var last = separators[^1];
        var headline = title[..last.Index];
        var suffix = title[(last.Index + last.Length)..];

        if (knownSiteName is not null)
        {
            if (string.Equals(suffix, knownSiteName, StringComparison.OrdinalIgnoreCase))
                return (headline, knownSiteName);
            if (string.Equals(title[..first.Index], knownSiteName, StringComparison.OrdinalIgnoreCase))
                return (title[(first.Index + first.Length)..], knownSiteName);
        }

        if (h1 is not null && string.Equals(h1, headline, StringComparison.OrdinalIgnoreCase))
            return (headline, suffix);

        return WordCount(suffix) <= MaxSiteNameWords && WordCount(headline) > WordCount(suffix)
            ? (headline, suffix)
            : (title, null);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Dictionary<string, List<string>> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = Clean(meta.GetAttribute("content"));
            if (string.IsNullOrWhiteSpace(key) || content is null)
                continue;

            var normalizedKey = key.Trim().ToLowerInvariant();
            if (!values.TryGetValue(normalizedKey, out var list))
                values[normalizedKey] = list = [];
            list.Add(content);
        }

        return values;
    }

    private static string? First(Dictionary<string, List<string>> meta, string key) =>
        meta.TryGetValue(key, out var list) ? list[0] : null;

    // article:author is often a profile URL rather than a name; those say nothing about who wrote it.
    private static List<string> People(Dictionary<string, List<string>> meta, string key) =>
        meta.TryGetValue(key, out var list)
            ? list.Where(v => ArticleFields.AbsoluteWebAddress(v) is null).Select(StripByPrefix).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

    private static string StripByPrefix(string name) => ByPrefix().Replace(name, "");

    private static string? Join(IReadOnlyList<string>? names) =>
        names is { Count: > 0 } ? string.Join(", ", names) : null;

    private static string? CanonicalLink(IDocument document) =>
        document.QuerySelectorAll("link[rel][href]")
            .FirstOrDefault(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Contains("canonical", StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href");

    private static string? FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Clean(string? text)
    {
        if (text is null)
            return null;

        var clean = Whitespace.Collapse(text);
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"\s+(?:\||-|–|—|·|•|::|»)\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(?:by|por)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
