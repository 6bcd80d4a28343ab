namespace Archive.Core.Text;

public static class WordCounter
{
    /// <summary>Counts runs of letters and digits; an apostrophe or hyphen between letters keeps one word ("Jae-in").</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                    count++;
                inWord = true;
            }
            else if (inWord && c is ('-' or '\'' or '’') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // Still inside the same word.
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    public static int Count(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var total = 0;
        foreach (var paragraph in paragraphs)
            total += Count(paragraph.AsSpan());
        return total;
    }
}
