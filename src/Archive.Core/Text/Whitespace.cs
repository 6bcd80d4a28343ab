namespace Archive.Core.Text;

public static class Whitespace
{
    /// <summary>
    /// Trims and turns every run of whitespace (tabs, no-break spaces…) into one space, dropping
    /// invisible characters scrapes leave behind (BOM, zero-width space, soft hyphen).
    /// </summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsCollapsed(text) ? text : Collapse(text.AsSpan());
    }

    public static string Collapse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0)
                buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            return false;
        var previousSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && (c != ' ' || previousSpace)))
                return false;
            previousSpace = c == ' ';
        }
        return true;
    }

    // Zero-width joiners (U+200C, U+200D) are kept: Persian spelling and emoji sequences need them.
    private static bool IsInvisible(char c) => c is '\uFEFF' or '\u200B' or '\u00AD' or '\u2060';
}
