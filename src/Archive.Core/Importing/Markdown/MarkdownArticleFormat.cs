using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Archive.Core.Articles;
using Archive.Core.Importing.Html;
using Archive.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Importing.Markdown;

/// <summary>
/// Reads a Markdown note: optional YAML front matter for the metadata, the body through Markdig's
/// syntax tree flattened to plain paragraphs. Raw HTML is never kept as markup: its visible text
/// stays, scripts and styles go entirely.
/// </summary>
/// <param name="noiseMatcher">
/// The shared line-noise rules (name of the matching rule, or null); defaults to <see cref="NoiseRules.Default"/>.
/// </param>
public sealed partial class MarkdownArticleFormat(Func<string, string?>? noiseMatcher = null) : IArticleFormat
{
    public const string CodeBlockRule = "markdown:code-block";
    public const string TitleRepeatRule = "markdown:title-repeat";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> HiddenHtml = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "textarea", "title",
    };

    private readonly Func<string, string?> _noiseMatcher = noiseMatcher ?? NoiseRules.Default.Match;

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public ArticleParseResult Parse(byte[] content, string fileName)
    {
        try
        {
            return ParseNote(Decode(content));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ArticleParseResult.NotAnArticle(ImportReasonCode.NoteUnreadable, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252, the usual encoding of older Spanish files.</summary>
    internal static string Decode(byte[] content) => TextDecoding.WithoutNoncharacters(DecodeBytes(content));

    private static string DecodeBytes(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }

    private ArticleParseResult ParseNote(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var (frontMatter, body) = FrontMatter.Split(normalized);

        var document = Markdig.Markdown.Parse(body, Pipeline);
        var blocks = new List<NoteBlock>();
        foreach (var block in document)
            CollectBlocks(block, blocks, bullet: false);

        var title = frontMatter.Value("title");
        var removed = new List<RemovedLine>();
        var paragraphs = new List<string>();
        var titleTaken = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var lineNumber = i + 1;
            if (block.Rule is not null)
            {
                removed.Add(new RemovedLine { LineNumber = lineNumber, Text = block.Text, Rule = block.Rule });
                continue;
            }

            // The note's title is its front matter title, else a "# heading" before any text.
            if (!titleTaken && block.HeadingLevel == 1 && paragraphs.Count == 0)
            {
                titleTaken = true;
                if (title is null)
                {
                    title = block.Text;
                    continue;
                }

                if (string.Equals(title, block.Text, StringComparison.OrdinalIgnoreCase))
                {
                    removed.Add(new RemovedLine { LineNumber = lineNumber, Text = block.Text, Rule = TitleRepeatRule });
                    continue;
                }
            }

            var noise = _noiseMatcher(block.Text);
            if (noise is null)
                paragraphs.Add(block.Text);
            else
                removed.Add(new RemovedLine { LineNumber = lineNumber, Text = block.Text, Rule = noise });
        }

        if (paragraphs.Count == 0)
            return ArticleParseResult.NotAnArticle(ImportReasonCode.EmptyNote);

        var authors = frontMatter.Values("author", "authors", "byline");
        var source = frontMatter.Value("source");
        var sourceIsAddress = ArticleFields.AbsoluteWebAddress(source) is not null;

        return ArticleParseResult.Success(new ParsedArticle
        {
            Title = title ?? Titles.Derive(paragraphs[0]),
            TitleDerived = title is null,
            Paragraphs = paragraphs,
            RemovedLines = removed,
            Language = Languages.Normalize(frontMatter.Value("lang", "language")),
            OutletName = frontMatter.Value("outlet", "publisher", "site") ?? (sourceIsAddress ? null : source),
            PublishedAt = ArticleFields.ParseUtcDate(frontMatter.Value("date", "published", "published_at", "publishedat")),
            Byline = authors.Count > 0 ? string.Join(", ", authors) : null,
            CanonicalUrl = ArticleFields.AbsoluteWebAddress(frontMatter.Value("url", "canonical", "canonical_url"))
                ?? (sourceIsAddress ? source!.Trim() : null),
            Tags = Tags(frontMatter.Values("tags", "keywords")),
        });
    }

    private static List<string> Tags(IReadOnlyList<string> values) =>
        values.Select(t => t.TrimStart('#').Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static void CollectBlocks(Block block, List<NoteBlock> blocks, bool bullet)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(blocks, Flatten(heading.Inline), heading.Level, bullet);
                break;
            case ParagraphBlock paragraph:
                Add(blocks, Flatten(paragraph.Inline), 0, bullet);
                break;
            case Markdig.Syntax.HtmlBlock html:
                foreach (var text in HtmlText(html.Lines.ToString()))
                    Add(blocks, text, 0, bullet);
                break;
            case CodeBlock code:
                var source = Whitespace.Collapse(code.Lines.ToString());
                if (source.Length > 0)
                    blocks.Add(new NoteBlock(source, 0, CodeBlockRule));
                break;
            case ListItemBlock item:
                var first = true;
                foreach (var child in item)
                {
                    CollectBlocks(child, blocks, bullet: first);
                    first = false;
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                    CollectBlocks(child, blocks, bullet: false);
                break;
        }
    }

    private static void Add(List<NoteBlock> blocks, string text, int headingLevel, bool bullet)
    {
        var clean = Whitespace.Collapse(text);
        if (clean.Length > 0)
            blocks.Add(new NoteBlock(bullet ? "• " + clean : clean, headingLevel, null));
    }

    // Raw HTML keeps only what a reader would see; AngleSharp's parser strips it the way a browser would read it.
    private static IEnumerable<string> HtmlText(string html)
    {
        using var fragment = new HtmlParser().ParseDocument(html);
        return Html.HtmlBlock.Collect(fragment.Body ?? (AngleSharp.Dom.INode)fragment).Select(b => b.ParagraphText);
    }

    private static string Flatten(ContainerInline? inline)
    {
        if (inline is null)
            return "";

        var text = new StringBuilder();
        var hiddenDepth = 0;
        AppendInline(inline, text, ref hiddenDepth);
        return text.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder text, ref int hiddenDepth)
    {
        switch (inline)
        {
            case HtmlInline html:
                hiddenDepth = Math.Max(0, hiddenDepth + HiddenTagDelta(html.Tag));
                return;
            case LinkInline { IsImage: true }:
                return;
            case ContainerInline container:
                foreach (var child in container)
                    AppendInline(child, text, ref hiddenDepth);
                return;
        }

        if (hiddenDepth > 0)
            return;

        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
        }
    }

    // +1 when an inline tag opens a script-like element (its content must not show), -1 when it closes one.
    private static int HiddenTagDelta(string tag)
    {
        var match = TagName().Match(tag);
        if (!match.Success || !HiddenHtml.Contains(match.Groups["name"].Value) || tag.EndsWith("/>", StringComparison.Ordinal))
            return 0;
        return match.Groups["closing"].Success ? -1 : 1;
    }

    [GeneratedRegex(@"^<(?<closing>/)?\s*(?<name>[a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex TagName();

    private sealed record NoteBlock(string Text, int HeadingLevel, string? Rule);
}
