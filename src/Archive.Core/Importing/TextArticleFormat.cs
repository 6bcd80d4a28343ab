using System.Text;
using Archive.Core.Articles;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// Plain-text articles as scraped or filed by a wire: an optional headline line (often repeated),
/// paragraphs separated by blank lines, one per line, or hard-wrapped (recognised from the file's
/// line lengths and indentation), promo/navigation lines to drop and a closing sign-off.
/// </summary>
public sealed class TextArticleFormat(NoiseRules noiseRules, WireConventions wire) : IArticleFormat
{
    public TextArticleFormat() : this(NoiseRules.Default, WireConventions.Default)
    {
    }

    public TextArticleFormat(NoiseRules noiseRules) : this(noiseRules, WireConventions.Default)
    {
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ArticleParseResult Parse(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var decoded = TextDecoding.Decode(content);
        var text = decoded.Text.IsNormalized(NormalizationForm.FormC)
            ? decoded.Text
            : decoded.Text.Normalize(NormalizationForm.FormC);

        var (lines, indents) = SplitLines(text);
        var removed = new List<RemovedLine>();
        var kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                kinds[i] = LineKind.Blank;
                continue;
            }
            var rule = noiseRules.Match(lines[i]);
            kinds[i] = rule is null ? LineKind.Text : LineKind.Removed;
            if (rule is not null)
                removed.Add(new RemovedLine { LineNumber = i + 1, Text = lines[i], Rule = rule });
        }
        RemoveSignOffs(lines, kinds, removed);

        var layout = DetectLayout(lines, indents, kinds);
        var title = FindTitle(lines, indents, kinds, layout);
        if (title is not null)
            RemoveTitleRepeats(lines, kinds, title.Value, removed);

        var (paragraphs, joined) = BuildParagraphs(lines, indents, kinds, layout);
        if (paragraphs.Count == 0)
        {
            return removed.Count == 0
                ? ArticleParseResult.NotAnArticle(ImportReasonCode.NoText)
                : ArticleParseResult.NotAnArticle(ImportReasonCode.NoTextAfterCleaning, removed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (joined.Breaks > 0)
            removed.Add(HardWrapRecord.For(joined.FirstLine, layout!.Width, joined.Breaks, joined.Paragraphs));

        removed.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        var article = new ParsedArticle
        {
            Title = title is null ? Titles.Derive(paragraphs[0]) : lines[title.Value],
            TitleDerived = title is null,
            Paragraphs = paragraphs,
            RemovedLines = removed,
            EncodingFallback = decoded.FellBackToWindows1252 ? "windows-1252" : null,
        };
        return ArticleParseResult.Success(article);
    }

    private enum LineKind
    {
        Blank,
        Text,
        Removed,
        Title,
    }

    private const int TabStop = 8;

    private static (string[] Lines, int[] Indents) SplitLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var indents = new int[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var columns = 0;
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t' or '\u00A0' or '\u3000'; c++)
                columns = line[c] == '\t' ? (columns / TabStop + 1) * TabStop : columns + 1;
            lines[i] = Whitespace.Collapse(line);
            indents[i] = lines[i].Length == 0 ? 0 : columns;
        }
        return (lines, indents);
    }

    /// <summary>A wire's sign-off ("Reuter", "(EFE)") is the last text of the file; only there is it noise.</summary>
    private void RemoveSignOffs(string[] lines, LineKind[] kinds, List<RemovedLine> removed)
    {
        var textLines = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text)
                textLines++;
        }
        for (var i = lines.Length - 1; i >= 0 && textLines > 1; i--)
        {
            if (kinds[i] != LineKind.Text)
                continue;
            if (wire.MatchSignOff(lines[i]) is null)
                break;
            kinds[i] = LineKind.Removed;
            textLines--;
            removed.Add(new RemovedLine { LineNumber = i + 1, Text = lines[i], Rule = WireConventions.SignOffRule });
        }
    }

    private static WrapLayout? DetectLayout(string[] lines, int[] indents, LineKind[] kinds)
    {
        var text = new List<WrappedLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text)
                text.Add(new WrappedLine(lines[i], indents[i]));
        }
        return HardWrap.Detect(text);
    }

    private static int? FindTitle(string[] lines, int[] indents, LineKind[] kinds, WrapLayout? layout)
    {
        var first = Array.FindIndex(kinds, k => k == LineKind.Text);
        if (first < 0 || !Titles.IsHeadline(lines[first]))
            return null;

        var next = first + 1;
        while (next < lines.Length && kinds[next] == LineKind.Removed)
            next++;
        if (next >= lines.Length || kinds[next] == LineKind.Blank || SameLine(lines[next], lines[first]))
            return first;
        if (!HasTextAfter(kinds, first))
            return null;

        // The headline runs straight into the text. Wrapped copy starts its paragraphs with a short line
        // too, so there the headline must show itself: in capitals, or unindented above an indented paragraph.
        if (layout is not null)
        {
            return Titles.IsAllCapitals(lines[first]) || (layout.IndentStartsParagraph && indents[next] > 0 && indents[first] == 0)
                ? first
                : null;
        }
        return ContinuesLine(lines[first], lines[next]) ? null : first;
    }

    private static bool HasTextAfter(LineKind[] kinds, int index)
    {
        for (var i = index + 1; i < kinds.Length; i++)
        {
            if (kinds[i] == LineKind.Text)
                return true;
        }
        return false;
    }

    private static void RemoveTitleRepeats(string[] lines, LineKind[] kinds, int titleIndex, List<RemovedLine> removed)
    {
        kinds[titleIndex] = LineKind.Title;
        for (var i = titleIndex + 1; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text && SameLine(lines[i], lines[titleIndex]))
            {
                kinds[i] = LineKind.Removed;
                removed.Add(new RemovedLine { LineNumber = i + 1, Text = lines[i], Rule = NoiseRules.RepeatedTitle });
            }
        }
    }

    private static bool SameLine(string a, string b) =>
        a.Length == b.Length && string.Equals(TextFolding.Fold(a), TextFolding.Fold(b), StringComparison.Ordinal);

    private readonly record struct Joined(int Breaks, int Paragraphs, int FirstLine);

    private static (List<string> Paragraphs, Joined Joined) BuildParagraphs(string[] lines, int[] indents, LineKind[] kinds, WrapLayout? layout)
    {
        var paragraphs = new List<string>();
        StringBuilder? current = null;
        string? previousLine = null;
        var previousIndent = 0;
        var breaks = 0;
        var joinedParagraphs = 0;
        var currentJoined = false;
        var firstJoinedLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] != LineKind.Text)
            {
                Flush();
                continue;
            }
            var continues = current is not null && (layout is null
                ? ContinuesLine(previousLine!, lines[i])
                : HardWrap.Continues(layout, new WrappedLine(previousLine!, previousIndent), new WrappedLine(lines[i], indents[i])));
            if (continues)
            {
                current!.Append(' ').Append(lines[i]);
                previousLine = lines[i];
                previousIndent = indents[i];
                if (layout is not null)
                {
                    breaks++;
                    if (firstJoinedLine == 0)
                        firstJoinedLine = i;
                    currentJoined = true;
                }
                continue;
            }
            Flush();
            current = new StringBuilder(lines[i]);
            previousLine = lines[i];
            previousIndent = indents[i];
        }
        Flush();
        return (paragraphs, new Joined(breaks, joinedParagraphs, firstJoinedLine));

        void Flush()
        {
            if (current is not null)
                paragraphs.Add(current.ToString());
            if (currentJoined)
                joinedParagraphs++;
            current = null;
            previousLine = null;
            currentJoined = false;
        }
    }

    /// <summary>
    /// Outside wrapped copy: a line that stops mid-sentence and a next line that carries on in
    /// lower case are one paragraph.
    /// </summary>
    private static bool ContinuesLine(string previous, string next)
    {
        var last = previous[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '…' or '»' or '"' or '”' or '\'' or '’' or ')' or ']')
            return false;
        return last == ',' || char.IsLower(next[0]);
    }
}
