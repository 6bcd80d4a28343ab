namespace Archive.Core.Text;

/// <summary>
/// The archive's one idea of a title: what a headline line looks like, and the short title cut from
/// the first sentence when a source gives none. Every format uses it, so the same text gets the same title.
/// </summary>
public static class Titles
{
    /// <summary>Headlines run up to about this long; Spanish ones with a question often pass 90 characters.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>Past this many words a line reads as a lead paragraph, not a headline.</summary>
    public const int MaxHeadlineWords = 30;

    public const int MaxDerivedLength = 90;

    // A headline may carry a short tail after a full stop (a cut credit: "…Trump\". (RE"); a second sentence of its own makes it a paragraph.
    private const int MaxTailAfterSentence = 24;

    // Function words a derived title should not end on before its ellipsis ("…firmaron el…").
    private static readonly HashSet<string> _danglingWords = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "y", "e", "o", "u", "en",
        "con", "por", "para", "que", "su", "sus", "se", "lo", "le", "sin", "sobre", "entre", "como", "mas",
        "the", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "that", "as",
    };

    /// <summary>
    /// A line that reads as a headline: no closing period (it may end in "?", "!" or a quote), one
    /// sentence, at most <see cref="MaxHeadlineLength"/> characters and <see cref="MaxHeadlineWords"/> words.
    /// </summary>
    public static bool IsHeadline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxHeadlineLength || WordCounter.Count(text) > MaxHeadlineWords)
            return false;
        if (text[^1] is '.' or ',' or ';' or ':' or '-' or '–' or '—' && !text.EndsWith("...", StringComparison.Ordinal))
            return false;
        if (WordCounter.Count(text) == 0)
            return false;
        var first = Sentences.First(text);
        return text.Length - first.Length <= MaxTailAfterSentence;
    }

    /// <summary>True for a line written in capitals ("TEAM INC 3RD QTR FEB 28 NET"), which wires use for headlines.</summary>
    public static bool IsAllCapitals(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsLower(c))
                return false;
            letters++;
        }
        return letters >= 3;
    }

    /// <summary>A short title cut from the first sentence, for sources that have no headline.</summary>
    public static string Derive(string firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        var sentence = Sentences.First(Whitespace.Collapse(firstParagraph)).TrimEnd('.', ' ');
        if (sentence.Length <= MaxDerivedLength)
            return sentence;

        var cut = TextCuts.AtWordBoundary(sentence, MaxDerivedLength);
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
}
