using System.Text.RegularExpressions;
using Archive.Core.Articles;

namespace Archive.Core.Importing.Html;

/// <summary>
/// Decides, block by block, what of an extracted body is article text and what is chrome, and
/// records every removed block with the rule that removed it.
/// </summary>
internal sealed partial class BlockCleaner(IReadOnlyList<string> headings, string? byline, Func<string, string?> noiseMatcher)
{
    private const int MaxLinkOnlyLength = 120;
    private const double LinkOnlyDensity = 0.6;
    private const double FullyLinked = 0.95;
    private const int MinLinkedSentenceWords = 8;
    private const int MaxBylineLength = 160;
    private const int MaxBylineWords = 14;
    private const int MaxToolbarLength = 100;
    private const int MaxToolbarSegmentWords = 4;
    private const int MinFragmentWords = 4;

    // Chinese and Japanese write no spaces: a long run of their text is one "word" but a whole paragraph.
    private const int MaxFragmentCharacters = 30;

    private readonly string[] _authors = byline?.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public (List<string> Paragraphs, List<RemovedLine> Removed) Clean(IReadOnlyList<HtmlBlock> blocks)
    {
        var paragraphs = new List<string>(blocks.Count);
        var removed = new List<RemovedLine>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var rule = ChromeRule(block) ?? noiseMatcher(block.Text);
            if (rule is null)
                paragraphs.Add(block.ParagraphText);
            else
                removed.Add(new RemovedLine { LineNumber = i + 1, Text = block.ParagraphText, Rule = rule });
        }

        return (paragraphs, removed);
    }

    private string? ChromeRule(HtmlBlock block)
    {
        var text = block.Text;
        if (block.Kind == HtmlBlockKind.Caption)
            return HtmlChromeRules.Caption;
        if (headings.Any(h => string.Equals(h, text, StringComparison.OrdinalIgnoreCase)))
            return HtmlChromeRules.TitleRepeat;
        if (IsByline(text))
            return HtmlChromeRules.Byline;

        foreach (var rule in HtmlChromeRules.Patterns)
        {
            if (rule.Matches(text))
                return rule.Name;
        }

        if (IsShareBar(text))
            return HtmlChromeRules.ShareBar;
        if (IsToolbar(text))
            return HtmlChromeRules.Toolbar;
        if (block.LinkDensity >= LinkOnlyDensity && text.Length <= MaxLinkOnlyLength && !IsLinkedSentence(block))
            return HtmlChromeRules.LinkOnly;
        if (IsFragment(block))
            return HtmlChromeRules.Fragment;
        return null;
    }

    // "By Jane Doe · 5 March 2024", "Por Lucía Ferrer", "José Ibáñez | Pyongyang": short, no sentence.
    private bool IsByline(string text)
    {
        if (text.Length > MaxBylineLength)
            return false;
        if (_authors.Any(author => text.StartsWith(author, StringComparison.OrdinalIgnoreCase)))
            return true;
        return BylinePrefix().IsMatch(text) && !EndsSentence(text) && WordCount(text) <= MaxBylineWords;
    }

    // A list of changes or sources whose every item links somewhere ("Ana fixed an issue with the tab unloader")
    // is text; a link that is only a headline or a label is chrome. Only the list item's own words tell them apart.
    private static bool IsLinkedSentence(HtmlBlock block) =>
        block.Kind == HtmlBlockKind.ListItem && block.LinkDensity < FullyLinked && WordCount(block.Text) >= MinLinkedSentenceWords;

    private static bool IsShareBar(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 24
            && words.All(HtmlChromeRules.ShareWords.Contains)
            && words.Any(HtmlChromeRules.ShareTargets.Contains);
    }

    // "« Volver a Mundo | Imprimir | Enviar a un amigo", "Redacción · 12/06/2024".
    private static bool IsToolbar(string text)
    {
        if (text.Length > MaxToolbarLength)
            return false;

        var segments = ToolbarSeparator().Split(text);
        return segments.Length > 1
            && segments.All(s => WordCount(s) <= MaxToolbarSegmentWords && !EndsSentence(s.Trim()));
    }

    // A stray label ("MUNDO", "Más") between paragraphs; table cells are data, and short ones are normal there.
    private static bool IsFragment(HtmlBlock block) =>
        block.Kind is HtmlBlockKind.Paragraph
        && block.Characters <= MaxFragmentCharacters
        && WordCount(block.Text) < MinFragmentWords
        && !EndsSentence(block.Text);

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or ')' or ':' or '。' or '！' or '？' or '：' or '」' or '』';

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(by|por|written by|escrito por|texto:|text:)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s[|·•]\s")]
    private static partial Regex ToolbarSeparator();
}
