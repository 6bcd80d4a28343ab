using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Tagging;

/// <summary>
/// Renders an editor's Markdown tag description to HTML that is safe to emit unencoded: raw HTML is shown
/// as text, links carry rel="nofollow noopener", and link or image addresses outside http(s)/mailto (or
/// relative ones) are dropped, leaving their text.
/// </summary>
public static class TagDescriptionRenderer
{
    // No UseAdvancedExtensions: its generic-attributes extension would let "{onclick=...}" through.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseReferralLinks("nofollow", "noopener")
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var document = Markdown.Parse(markdown, Pipeline);

        // Both kinds are collected before the tree changes: unwrapping a link moves its siblings, and a
        // walk started afterwards can miss an autolink beside it (it then rendered as a live javascript: link).
        var unsafeLinks = document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.GetDynamicUrl?.Invoke() ?? l.Url)).ToList();
        var unsafeAutolinks = document.Descendants<AutolinkInline>()
            .Where(a => !IsSafeUrl(a.IsEmail ? "mailto:" + a.Url : a.Url)).ToList();
        foreach (var autolink in unsafeAutolinks)
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        foreach (var link in unsafeLinks)
            Unwrap(link);
        return WithoutUnsafeAddresses(document.ToHtml(Pipeline));
    }

    /// <summary>Relative addresses and the allowed schemes pass; anything else with a scheme does not.</summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = compact.IndexOf(':');
        if (colon < 0)
            return true;
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0 && pathStart < colon)
            return true;
        var scheme = compact[..colon];
        return SafeSchemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A second check on the HTML itself, whatever the Markdown tree did: an element whose href or src is
    /// unsafe becomes its text (an image its alt text). Markdown that produced none is returned untouched.
    /// </summary>
    private static string WithoutUnsafeAddresses(string html)
    {
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        var offenders = body.QuerySelectorAll("[href], [src]")
            .Where(e => !IsSafeUrl(e.GetAttribute("href")) || !IsSafeUrl(e.GetAttribute("src")))
            .ToList();
        if (offenders.Count == 0)
            return html;
        foreach (var element in offenders)
        {
            var text = element.LocalName == "img" ? element.GetAttribute("alt") ?? "" : element.TextContent;
            element.Replace(element.Owner!.CreateTextNode(text));
        }
        return body.InnerHtml;
    }

    /// <summary>Replaces a link or image by its text (an image's text is its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
