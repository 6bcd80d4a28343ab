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

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url))
                Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        return document.ToHtml(Pipeline);
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
