using Archive.Core.Text;
using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Archive.Core.Importing.Html;

/// <summary>
/// Reads a news page as saved by a browser: the body through SmartReader (Mozilla's Readability),
/// the metadata from JSON-LD, Open Graph, Dublin Core and the title, then the chrome Readability
/// leaves behind removed by named rules.
/// </summary>
/// <param name="noiseMatcher">
/// The shared line-noise rules (name of the matching rule, or null); defaults to <see cref="NoiseRules.Default"/>.
/// </param>
public sealed class HtmlArticleFormat(Func<string, string?>? noiseMatcher = null) : IArticleFormat
{
    /// <summary>Below this much text (after cleaning) a page is a stub, not an article.</summary>
    public const int MinArticleCharacters = 200;

    /// <summary>Above this share of linked text the extracted body is a list of links (a section front).</summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>
    /// Real pages nest well under a hundred levels. Far deeper markup is broken or hostile, and
    /// SmartReader's time grows with depth times size (3,000 nested divs take it seconds).
    /// </summary>
    public const int MaxNestingDepth = 256;

    // Removed before extraction: comment threads, consent banners and page furniture that Readability
    // would otherwise weigh as candidates. Elements holding the headline are never removed.
    private static readonly string[] ChromeSelectors =
    [
        "nav", "aside", "[role=navigation]", "[role=complementary]", "[role=dialog]", "[role=alertdialog]", "[aria-modal=true]",
        "#comments", "#comentarios", ".comments", ".comentarios", "[itemprop=comment]", "[itemtype*='schema.org/Comment']", "[id^=disqus]",
        "[id*=cookie]", "[class*=cookie]", "[id*=consent]", "[class*=consent]",
    ];

    private static readonly Uri PlaceholderAddress = new("https://archive.invalid/");

    private readonly Func<string, string?> _noiseMatcher = noiseMatcher ?? NoiseRules.Default.Match;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ArticleParseResult Parse(byte[] content, string fileName)
    {
        if (content.Length == 0)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.EmptyPage);

        try
        {
            return ParsePage(content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ArticleParseResult.NotAnArticle(ImportReasonCode.PageUnreadable, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private ArticleParseResult ParsePage(byte[] content)
    {
        var parser = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));

        // Bytes that are valid UTF-8 beyond ASCII are UTF-8, whatever an old <meta charset> says: browsers
        // save pages as UTF-8 and leave the original declaration (gb2312, iso-8859-1) in place. Otherwise
        // parsing from bytes lets AngleSharp honour the BOM and <meta charset>.
        using var page = IsUtf8BeyondAscii(content)
            ? parser.ParseDocument(System.Text.Encoding.UTF8.GetString(content))
            : parser.ParseDocument(new MemoryStream(content, writable: false));
        if (NestingDepth(page) > MaxNestingDepth)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.MarkupTooDeep, MaxNestingDepth.ToString(CultureInfo.InvariantCulture));

        var metadata = HtmlPageMetadata.Read(page);
        RemoveChrome(page);

        var address = metadata.CanonicalUrl ?? PlaceholderAddress.AbsoluteUri;
        // JSON-LD was read above (scripts are still in the page then); SmartReader need not parse it again.
        using var reader = new Reader(address, page) { DisableJSONLD = true };
        var extracted = reader.GetArticle();
        if (!extracted.Completed)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.BodyNotExtracted, extracted.Errors.FirstOrDefault()?.Message ?? "unknown error");
        if (!extracted.IsReadable || string.IsNullOrWhiteSpace(extracted.Content))
            return ArticleParseResult.NotAnArticle(ImportReasonCode.NoArticleBody);

        using var body = parser.ParseDocument(extracted.Content);
        var blocks = HtmlBlock.Collect(body.Body ?? (INode)body);

        var characters = blocks.Sum(b => b.Characters);
        var linkDensity = characters == 0 ? 0 : (double)blocks.Sum(b => b.LinkCharacters) / characters;
        if (linkDensity > MaxLinkDensity)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.MostlyLinks, Math.Round(linkDensity * 100).ToString(CultureInfo.InvariantCulture));

        var title = metadata.Title ?? NullIfBlank(extracted.Title);
        var cleaner = new BlockCleaner(title is null ? metadata.Headings : [title, .. metadata.Headings], metadata.Byline, _noiseMatcher);
        var (paragraphs, removed) = cleaner.Clean(blocks);

        var keptCharacters = paragraphs.Sum(p => p.Length);
        if (keptCharacters < MinArticleCharacters)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.TooLittleText, keptCharacters.ToString(CultureInfo.InvariantCulture));

        return ArticleParseResult.Success(new ParsedArticle
        {
            Title = title ?? Titles.Derive(paragraphs[0]),
            TitleDerived = title is null,
            Paragraphs = paragraphs,
            RemovedLines = removed,
            Language = metadata.Language,
            OutletName = metadata.OutletName,
            PublishedAt = metadata.PublishedAt,
            Byline = metadata.Byline,
            CanonicalUrl = metadata.CanonicalUrl,
        });
    }

    private static bool IsUtf8BeyondAscii(byte[] content)
    {
        var body = content.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            body = body[3..];
        return !System.Text.Ascii.IsValid(body) && System.Text.Unicode.Utf8.IsValid(body);
    }

    private static int NestingDepth(IDocument page)
    {
        if (page.DocumentElement is null)
            return 0;

        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((page.DocumentElement, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxNestingDepth)
                break;

            foreach (var child in element.Children)
                pending.Push((child, depth + 1));
        }

        return deepest;
    }

    private static void RemoveChrome(IDocument page)
    {
        foreach (var selector in ChromeSelectors)
        {
            foreach (var element in page.QuerySelectorAll(selector).ToList())
            {
                if (element.Parent is not null && !HoldsTheArticle(element))
                    element.Remove();
            }
        }
    }

    // A class like "cookie-consent-open" on <body> or a wrapper must not take the article with it.
    private static bool HoldsTheArticle(IElement element) =>
        element.LocalName is "html" or "body" or "main" || element.QuerySelector("h1, main, [itemprop=articleBody]") is not null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : Whitespace.Collapse(text);
}
