namespace Archive.Core.Text;

public static class TextCuts
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters (ellipsis included)
    /// at the last word boundary, dropping trailing punctuation, so a lead or derived title never ends mid-word.
    /// </summary>
    public static string AtWordBoundary(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Trim();
        if (text.Length <= maxLength)
            return text;

        var limit = maxLength - Ellipsis.Length;
        var cut = limit;
        // Prefer the last space at or before the limit; a single huge "word" is cut hard.
        while (cut > 0 && !char.IsWhiteSpace(text[cut]))
            cut--;
        if (cut == 0)
            cut = limit;

        var head = text[..cut].TrimEnd();
        head = head.TrimEnd(',', ';', ':', '-', '–', '—', '(', '«', '“', '"', '\'', ' ');
        return head + Ellipsis;
    }
}
