using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Folds text for comparison: diacritics stripped and lower-cased with invariant rules,
/// so "Rusía", "RUSIA" and "rusia" compare equal and "ñ" matches "n".
/// </summary>
public static class TextFolding
{
    // Latin letters cover nearly every character in Spanish and English news; a table keeps
    // folding allocation-light and one char per char, so offsets in folded text match the original.
    private const int TableSize = 0x250;
    private static readonly char[] _table = BuildTable();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] >= TableSize)
                return FoldSlow(text);
        }
        return string.Create(text.Length, text, static (destination, source) => FoldInto(source, destination));
    }

    /// <summary>True when <see cref="Fold(string)"/> folds the character through the Latin table, one char for one.</summary>
    public static bool FoldsOneToOne(char c) => c < TableSize;

    /// <summary>Folds one character; characters outside the Latin table are only lower-cased.</summary>
    public static char Fold(char c) => c < TableSize ? _table[c] : char.ToLowerInvariant(c);

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length), char for char.</summary>
    public static void FoldInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
            destination[i] = Fold(source[i]);
    }

    private static string FoldSlow(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(Fold(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed[0];
            table[i] = char.ToLowerInvariant(
                CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark ? c : baseChar);
        }
        return table;
    }
}
