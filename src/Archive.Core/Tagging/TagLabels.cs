using System.Globalization;
using System.Text;

namespace Archive.Core.Tagging;

/// <summary>
/// The one folding rule tags use for uniqueness, autocomplete and cross-language search matching:
/// lower case, no diacritics, and any run of non-alphanumerics becomes one space
/// ("  Corea   del Norte!" and "corea-del-norte" both fold to "corea del norte").
/// </summary>
public static class TagLabels
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        // Compatibility decomposition also splits ligatures and full-width forms, not only accents.
        var decomposed = WithoutInvalidCodePoints(text).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && folded.Length > 0)
                    folded.Append(' ');
                pendingSpace = false;
                folded.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return folded.ToString();
    }

    /// <summary>
    /// Normalize throws on half a surrogate pair and on the noncharacters U+FFFE and U+FFFF (text handed to
    /// Core can hold them; HTTP decoding turns broken sequences into U+FFFD). None is a letter, so each
    /// separates words like punctuation.
    /// </summary>
    private static string WithoutInvalidCodePoints(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF')
                (fixedText ??= text.ToCharArray())[i] = ' ';
        }
        return fixedText is null ? text : new string(fixedText);
    }

    /// <summary>Trims and collapses inner whitespace; the label keeps its case and accents.</summary>
    public static string Tidy(string? label) =>
        string.Join(' ', (label ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
