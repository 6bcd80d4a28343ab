using System.Text;

namespace Archive.Testing;

/// <summary>How a republished wire story differs from the copy it was taken from.</summary>
public enum CopyVariant
{
    /// <summary>The same text hard-wrapped at another width, paragraphs indented.</summary>
    Rewrapped,

    /// <summary>The outlet's promo line added at the end ("Follow us on Twitter").</summary>
    PromoLine,

    /// <summary>One sentence cut (never the only one).</summary>
    SentenceCut,

    /// <summary>Paragraphs split at other sentence boundaries, or joined.</summary>
    ParagraphsResplit,

    /// <summary>A few words changed, a word dropped, the headline rewritten.</summary>
    LightEdits,

    /// <summary>All of the above at once, lightly.</summary>
    Combined,
}

/// <summary>A story's text: headline and paragraphs.</summary>
public sealed record StoryText(string Title, IReadOnlyList<string> Paragraphs)
{
    /// <summary>A plain-text article file: headline, blank line, paragraphs separated by blank lines.</summary>
    public string ToFile() => Title + "\n\n" + string.Join("\n\n", Paragraphs) + "\n";

    /// <summary>Hard-wrapped wire layout: indented paragraph starts, lines of about <paramref name="width"/> characters.</summary>
    public string ToWrappedFile(int width)
    {
        var text = new StringBuilder(Title).Append('\n');
        foreach (var paragraph in Paragraphs)
        {
            var lines = WireCopy.Wrap(paragraph, width, 4);
            for (var i = 0; i < lines.Count; i++)
                text.Append(' ', i == 0 ? 4 : 0).Append(lines[i]).Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>
/// Makes the syndicated copies a wire story goes through between outlets, deterministically for a seed.
/// Shared, as a linked file, by the test suite and the copies benchmark.
/// </summary>
public static class CopyVariants
{
    /// <summary>Outlet lines the importer's noise rules do not know (the ones they know are cleaned away, leaving an exact duplicate).</summary>
    public static readonly IReadOnlyList<string> PromoLines =
    [
        "Esta nota fue elaborada con información de agencias internacionales y de nuestros corresponsales en la región.",
        "Más información sobre este tema en la sección internacional de nuestra edición impresa de mañana.",
        "This story has been updated with additional reporting from our correspondents in the region.",
        "More coverage of this story is available in tomorrow's print edition and on our morning podcast.",
    ];

    private static readonly (string From, string To)[] _edits =
    [
        ("dijo", "afirmó"), ("said", "stated"), ("el presidente", "el mandatario"), ("the president", "the leader"),
        ("también", "además"), ("also", "as well"), ("sin embargo", "no obstante"), ("however", "but"),
        ("este año", "en 2020"), ("this year", "in 2020"), ("muy", "bastante"), ("very", "quite"),
    ];

    public static StoryText Make(StoryText story, CopyVariant variant, Random random)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(random);
        return variant switch
        {
            CopyVariant.Rewrapped => story,
            CopyVariant.PromoLine => story with { Paragraphs = [.. story.Paragraphs, PromoLines[random.Next(PromoLines.Count)]] },
            CopyVariant.SentenceCut => CutSentence(story, random),
            CopyVariant.ParagraphsResplit => Resplit(story, random),
            CopyVariant.LightEdits => Edit(story, random),
            _ => Make(Make(Make(story, CopyVariant.SentenceCut, random), CopyVariant.LightEdits, random), CopyVariant.PromoLine, random),
        };
    }

    /// <summary>The file a variant is imported from: <see cref="CopyVariant.Rewrapped"/> is hard-wrapped, the rest plain.</summary>
    public static string File(StoryText copy, CopyVariant variant) =>
        variant == CopyVariant.Rewrapped ? copy.ToWrappedFile(62) : copy.ToFile();

    public static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is '.' or '?' or '!' && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ') && i - start > 20)
            {
                sentences.Add(paragraph[start..(i + 1)].Trim());
                start = i + 1;
            }
        }
        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } rest)
            sentences.Add(rest);
        return sentences;
    }

    private static StoryText CutSentence(StoryText story, Random random)
    {
        var all = story.Paragraphs.Select(Sentences).ToList();
        var total = all.Sum(s => s.Count);
        if (total < 3)
            return story;
        // Not the first sentence (the lead, which outlets keep), any other.
        var cut = random.Next(1, total);
        var paragraphs = new List<string>();
        var n = 0;
        foreach (var sentences in all)
        {
            var kept = sentences.Where(_ => n++ != cut).ToList();
            if (kept.Count > 0)
                paragraphs.Add(string.Join(' ', kept));
        }
        return story with { Paragraphs = paragraphs };
    }

    private static StoryText Resplit(StoryText story, Random random)
    {
        var sentences = story.Paragraphs.SelectMany(Sentences).ToList();
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var sentence in sentences)
        {
            current.Add(sentence);
            if (random.Next(3) == 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
        if (current.Count > 0)
            paragraphs.Add(string.Join(' ', current));
        return story with { Paragraphs = paragraphs };
    }

    private static StoryText Edit(StoryText story, Random random)
    {
        var paragraphs = story.Paragraphs.ToList();
        var edits = 0;
        for (var i = 0; i < paragraphs.Count && edits < 3; i++)
        {
            foreach (var (from, to) in _edits)
            {
                var at = paragraphs[i].IndexOf(" " + from + " ", StringComparison.Ordinal);
                if (at >= 0 && edits < 3)
                {
                    paragraphs[i] = paragraphs[i][..(at + 1)] + to + paragraphs[i][(at + 1 + from.Length)..];
                    edits++;
                }
            }
        }
        // A word dropped in a random paragraph, as a sub-editor tightening a line.
        var target = random.Next(paragraphs.Count);
        var words = paragraphs[target].Split(' ').ToList();
        if (words.Count > 8)
        {
            words.RemoveAt(random.Next(1, words.Count - 1));
            paragraphs[target] = string.Join(' ', words);
        }
        return new StoryText("Última hora: " + story.Title, paragraphs);
    }
}
