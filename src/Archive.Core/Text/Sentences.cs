using System.Collections.Frozen;

namespace Archive.Core.Text;

public static class Sentences
{
    // Abbreviations that end in a period without ending the sentence ("El Dr. Fauci", "EE. UU.").
    private static readonly FrozenSet<string> _abbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "dr", "dra", "sr", "sra", "srta", "sres", "ud", "uds", "lic", "ing", "prof", "gral", "gen", "cnel",
        "mr", "mrs", "ms", "st", "jr", "sen", "rep", "gov", "lt", "sgt", "num", "pag",
        "ee", "uu", "vs", "etc", "aprox", "av", "avda", "dept", "depto", "inc", "ltd", "corp", "fig",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr",
        "ago", "dic",
    ]);

    /// <summary>The first sentence of a paragraph (terminal punctuation kept), or the whole paragraph.</summary>
    public static string First(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        var abbreviations = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
                continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '»' or '\'' or ')')
                end++;
            if (end >= text.Length)
                return text;
            if (!char.IsWhiteSpace(text[end]))
                continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= text.Length)
                return text[..end];
            var startsSentence = char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '«' or '¿' or '¡' or '—' or '(';
            if (!startsSentence)
                continue;
            if (text[i] == '.' && IsAbbreviation(text.AsSpan(0, i), abbreviations))
                continue;
            return text[..end];
        }
        return text;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> before, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
            start--;
        var word = before[start..];
        if (word.Length == 1)
            return true; // an initial: "John F. Kennedy"
        if (word.IsEmpty || word.Length > 6)
            return false;
        Span<char> folded = stackalloc char[word.Length];
        TextFolding.FoldInto(word, folded);
        return abbreviations.Contains(folded);
    }
}
