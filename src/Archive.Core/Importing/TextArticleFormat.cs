using System.Text;
using Archive.Core.Articles;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// Plain-text articles as scraped: an optional title line (often repeated), paragraphs separated by
/// blank lines or one per line, hard-wrapped lines, and promo/navigation lines to drop.
/// </summary>
public sealed class TextArticleFormat(NoiseRules noiseRules) : IArticleFormat
{
    public const int MaxTitleLength = 150;
    public const int MaxTitleWords = 20;
    public const int MaxDerivedTitleLength = 90;

    // Function words a derived title should not end on before its ellipsis ("…firmaron el…").
    private static readonly HashSet<string> _danglingWords = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "y", "e", "o", "u", "en",
        "con", "por", "para", "que", "su", "sus", "se", "lo", "le", "sin", "sobre", "entre", "como", "mas",
        "the", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "that", "as",
    };

    public TextArticleFormat() : this(NoiseRules.Default)
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

        var lines = SplitLines(text);
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

        var title = FindTitle(lines, kinds);
        if (title is not null)
            RemoveTitleRepeats(lines, kinds, title.Value, removed);

        var paragraphs = BuildParagraphs(lines, kinds);
        if (paragraphs.Count == 0)
        {
            return ArticleParseResult.NotAnArticle(removed.Count == 0
                ? "no article text in the file"
                : $"no article text left after cleaning ({removed.Count} line(s) removed as noise)");
        }

        removed.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        var article = new ParsedArticle
        {
            Title = title is null ? DeriveTitle(paragraphs[0]) : lines[title.Value],
            TitleDerived = title is null,
            Paragraphs = paragraphs,
            RemovedLines = removed,
            EncodingFallback = decoded.FellBackToWindows1252 ? "windows-1252" : null,
        };
        return ArticleParseResult.Success(article);
    }

    /// <summary>A short title cut from the first sentence, for files that have no title line.</summary>
    public static string DeriveTitle(string firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        var sentence = Sentences.First(firstParagraph).TrimEnd('.', ' ');
        if (sentence.Length <= MaxDerivedTitleLength)
            return sentence;

        var cut = TextCuts.AtWordBoundary(sentence, MaxDerivedTitleLength);
        var head = cut[..^TextCuts.Ellipsis.Length];
        while (true)
        {
            var space = head.LastIndexOf(' ');
            if (space <= 0 || !_danglingWords.Contains(TextFolding.Fold(head[(space + 1)..])))
                break;
            head = head[..space].TrimEnd(',', ';', ':', ' ');
        }
        return head + TextCuts.Ellipsis;
    }

    private enum LineKind
    {
        Blank,
        Text,
        Removed,
        Title,
    }

    private static string[] SplitLines(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var lines = normalized.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            lines[i] = Whitespace.Collapse(lines[i]);
        return lines;
    }

    private static int? FindTitle(string[] lines, LineKind[] kinds)
    {
        var first = Array.FindIndex(kinds, k => k == LineKind.Text);
        if (first < 0 || !IsTitleShaped(lines[first]))
            return null;

        var next = first + 1;
        while (next < lines.Length && kinds[next] == LineKind.Removed)
            next++;
        var isTitle = next >= lines.Length
            || kinds[next] == LineKind.Blank
            || SameLine(lines[next], lines[first]);
        return isTitle ? first : null;
    }

    private static bool IsTitleShaped(string line)
    {
        if (line.Length > MaxTitleLength || WordCounter.Count(line) > MaxTitleWords)
            return false;
        return line[^1] is not ('.' or ',' or ';' or ':');
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

    private static List<string> BuildParagraphs(string[] lines, LineKind[] kinds)
    {
        var paragraphs = new List<string>();
        StringBuilder? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] != LineKind.Text)
            {
                Flush();
                continue;
            }
            if (current is not null && IsHardWrap(current, lines[i]))
            {
                current.Append(' ').Append(lines[i]);
                continue;
            }
            Flush();
            current = new StringBuilder(lines[i]);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is not null)
                paragraphs.Add(current.ToString());
            current = null;
        }
    }

    /// <summary>A line that stops mid-sentence and a next line that carries on in lower case are one paragraph.</summary>
    private static bool IsHardWrap(StringBuilder previous, string next)
    {
        var last = previous[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '…' or '»' or '"' or '”' or '\'' or '’' or ')' or ']')
            return false;
        return last == ',' || char.IsLower(next[0]);
    }
}
