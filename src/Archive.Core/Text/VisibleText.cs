using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Text from outside (file names, say) shown as what it is: a right-to-left override would make
/// "\u202Eftx.exe.txt" read as "txt.exe.txf", so bidirectional controls are shown as their code points.
/// </summary>
public static class VisibleText
{
    /// <summary>The explicit embedding, override and isolate controls, and the implicit marks (LRM, RLM, ALM).</summary>
    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text with each bidirectional control replaced by <c>[U+202E]</c>; other text unchanged.</summary>
    public static string ShowBidiControls(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsBidiControl))
            return text;
        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsBidiControl(c))
                shown.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            else
                shown.Append(c);
        }
        return shown.ToString();
    }
}
