namespace Archive.Core.Text;

/// <summary>
/// How a hard-wrapped text was laid out: the width its lines were wrapped at, and whether an
/// indented line starts a paragraph.
/// </summary>
public sealed record WrapLayout(int Width, bool IndentStartsParagraph);

/// <summary>One line of text as laid out in its file: whitespace collapsed, and the columns its indentation took.</summary>
public readonly record struct WrappedLine(string Text, int Indent)
{
    public bool Indented => Indent > 0;

    /// <summary>The columns the line took in the file: a wrap counts the indentation too.</summary>
    public int Columns => Indent + Text.Length;
}

/// <summary>
/// Recognises hard-wrapped text (wire copy wrapped at about 65 characters) from the evidence in the
/// file and decides, line break by line break, which ones the wrap made and which ones the writer did.
/// Text with one paragraph per line has lines of every length and is never taken for wrapped.
/// </summary>
public static class HardWrap
{
    /// <summary>Nobody wraps prose narrower than this; shorter lines are tables, lists or verse.</summary>
    public const int MinWidth = 40;

    /// <summary>Terminals and mail wrap at 60 to 80 columns; a wider "wrap" is paragraphs of similar length.</summary>
    public const int MaxWidth = 100;

    private const int MinLines = 4;
    private const int MinFullLines = 4;
    private const double MinFullShare = 0.25;
    private const double FullLineShare = 0.75;
    private const double MinMidSentenceShare = 0.5;
    private const double MaxIndentedShare = 0.6;

    /// <summary>
    /// The layout of <paramref name="lines"/> (the text lines of one file) when they are hard-wrapped, else null.
    /// </summary>
    public static WrapLayout? Detect(IReadOnlyList<WrappedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count < MinLines)
            return null;

        var lengths = lines.Select(l => l.Columns).OrderDescending().ToArray();
        // The 95th percentile: one long line (an address, a title) does not set the width.
        var width = lengths[lengths.Length / 20];
        if (width is < MinWidth or > MaxWidth)
            return null;

        var full = 0;
        var midSentence = 0;
        foreach (var line in lines)
        {
            if (line.Columns < width * FullLineShare || line.Columns > width)
                continue;
            full++;
            if (!EndsSentence(line.Text))
                midSentence++;
        }
        if (full < MinFullLines || full < lines.Count * MinFullShare || midSentence < full * MinMidSentenceShare)
            return null;

        var indentedCount = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Indented)
                indentedCount++;
        }
        var indentStarts = indentedCount > 0 && indentedCount < (lines.Count - 1) * MaxIndentedShare;
        return new WrapLayout(width, indentStarts);
    }

    /// <summary>
    /// True when the break between <paramref name="previous"/> and <paramref name="next"/> was made
    /// by the wrap: the next word would not have fitted on the previous line, and the next line does
    /// not start a paragraph by its indentation.
    /// </summary>
    public static bool Continues(WrapLayout layout, WrappedLine previous, WrappedLine next)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (previous.Text.Length == 0 || next.Text.Length == 0)
            return false;
        if (layout.IndentStartsParagraph && next.Indented)
            return false;
        var space = next.Text.IndexOf(' ');
        var firstWord = space < 0 ? next.Text.Length : space;
        // Wrapping only breaks a line when the next word does not fit; a line with room left ended on purpose.
        return previous.Columns + 1 + firstWord > layout.Width;
    }

    private static bool EndsSentence(string line) =>
        line[^1] is '.' or '!' or '?' or ':' or ';' or '…' or '»' or '"' or '”' or ')';
}
