using System.Text;
using AngleSharp.Dom;
using Archive.Core.Text;

namespace Archive.Core.Importing.Html;

internal enum HtmlBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Caption,
    TableRow,
}

/// <summary>One run of text the reader sees as a paragraph, with how much of it sat inside links.</summary>
internal sealed record HtmlBlock(string Text, HtmlBlockKind Kind, int LinkCharacters, int Characters)
{
    public const string ListItemPrefix = "• ";

    public double LinkDensity => Characters == 0 ? 0 : (double)LinkCharacters / Characters;

    /// <summary>The paragraph as stored: list items carry a bullet so they still read as a list.</summary>
    public string ParagraphText => Kind == HtmlBlockKind.ListItem ? ListItemPrefix + Text : Text;

    /// <summary>Cuts an element's content into blocks in reading order; text directly inside containers becomes its own block.</summary>
    public static List<HtmlBlock> Collect(INode root)
    {
        var collector = new Collector();
        collector.Visit(root, HtmlBlockKind.Paragraph, inLink: false);
        collector.Flush(HtmlBlockKind.Paragraph);
        return collector.Blocks;
    }

    private sealed class Collector
    {
        private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        {
            "script", "style", "noscript", "template", "svg", "math", "img", "picture", "video", "audio", "source",
            "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "head", "title", "meta", "link",
        };

        private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
        {
            "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
            "table", "thead", "tbody", "tfoot", "figure", "details", "form", "fieldset", "address", "center", "hgroup",
        };

        private readonly StringBuilder _text = new();
        private int _linkCharacters;

        public List<HtmlBlock> Blocks { get; } = [];

        public void Visit(INode node, HtmlBlockKind kind, bool inLink)
        {
            if (node is IText text)
            {
                _text.Append(text.Data);
                if (inLink)
                    _linkCharacters += CountVisible(text.Data);
                return;
            }

            if (node is not IElement element)
                return;

            var tag = element.LocalName;
            if (Skipped.Contains(tag))
                return;

            if (tag is "br" or "hr" or "wbr")
            {
                _text.Append(' ');
                return;
            }

            if (tag is "td" or "th")
                _text.Append(' ');

            var blockKind = BlockKindOf(tag, kind);
            var isBoundary = blockKind is not null || Containers.Contains(tag);
            if (isBoundary)
                Flush(kind);

            var innerKind = blockKind ?? kind;
            var innerLink = inLink || tag == "a";
            foreach (var child in element.ChildNodes)
                Visit(child, innerKind, innerLink);

            if (isBoundary)
                Flush(innerKind);
        }

        public void Flush(HtmlBlockKind kind)
        {
            if (_text.Length == 0)
                return;

            var text = Whitespace.Collapse(_text.ToString());
            if (text.Length > 0)
                Blocks.Add(new HtmlBlock(text, kind, Math.Min(_linkCharacters, CountVisible(text)), CountVisible(text)));

            _text.Clear();
            _linkCharacters = 0;
        }

        // A paragraph inside a quote or a list item stays part of that quote or item.
        private static HtmlBlockKind? BlockKindOf(string tag, HtmlBlockKind outer)
        {
            HtmlBlockKind? own = tag switch
            {
                "p" or "dt" or "dd" or "summary" => HtmlBlockKind.Paragraph,
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => HtmlBlockKind.Heading,
                "li" => HtmlBlockKind.ListItem,
                "blockquote" => HtmlBlockKind.Quote,
                "pre" => HtmlBlockKind.Preformatted,
                "figcaption" => HtmlBlockKind.Caption,
                "tr" => HtmlBlockKind.TableRow,
                _ => null,
            };

            if (own is null)
                return null;

            return outer is HtmlBlockKind.Quote or HtmlBlockKind.ListItem or HtmlBlockKind.Caption && own == HtmlBlockKind.Paragraph
                ? outer
                : own;
        }

        private static int CountVisible(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                    count++;
            }

            return count;
        }
    }
}
