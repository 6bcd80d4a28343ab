using Archive.Core.Text;

namespace Archive.Core.Entities;

/// <summary>
/// Splits text into words and punctuation in one pass, no regular expressions: abbreviations keep their dots
/// ("EE.UU.", "U.S.", "Dr."), hyphens and apostrophes inside a word stay ("Kim Jong-un", "O'Brien"), an English
/// possessive comes off ("Korea's" → "Korea"), and each word knows whether it opens a sentence.
/// </summary>
internal static class NameTokenizer
{
    private static readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "dra", "sr", "sra", "srta", "st", "jr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
        "capt", "lic", "ing", "prof", "co", "corp", "inc", "ltd", "vs", "av", "gral", "mtro", "mtra", "sto", "sta", "ft", "mt",
    };

    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r')
                    sentenceStart = true;
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new NameToken(i, c.ToString(), c.ToString(), NameTokenKind.Punctuation, false));
                if (c is '.' or '!' or '?' or ':' or ';' or '…' or '•' or '|')
                    sentenceStart = true;
                i++;
                continue;
            }

            var start = i;
            var segment = 0;
            var hasDot = false;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    segment++;
                    i++;
                    continue;
                }
                var nextIsLetter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                if (ch is '\'' or '’' && nextIsLetter && IsPossessive(text, i))
                    break;
                if (ch is '-' or '\'' or '’' or '‑' && nextIsLetter)
                {
                    segment = 0;
                    i++;
                    continue;
                }
                // "EE.UU", "U.S", "a.m": short letter groups joined by dots are one abbreviation.
                if (ch == '.' && nextIsLetter && segment <= 2 && char.IsLetter(text[i - 1]))
                {
                    hasDot = true;
                    segment = 0;
                    i++;
                    continue;
                }
                break;
            }
            var length = i - start;
            if (i < text.Length && text[i] == '.' && (hasDot || IsInitial(text, start, length) || _abbreviations.Contains(TextFolding.Fold(text.Substring(start, length)))))
            {
                i++;
                length++;
            }
            var word = text.Substring(start, length);
            tokens.Add(new NameToken(start, word, TextFolding.Fold(word), KindOf(word), sentenceStart));
            sentenceStart = false;
            if (i < text.Length && text[i] is '\'' or '’' && IsPossessive(text, i))
                i += 2;
        }
        return tokens;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static bool IsInitial(string text, int start, int length) => length == 1 && char.IsUpper(text[start]);

    private static NameTokenKind KindOf(string word)
    {
        if (!char.IsUpper(word[0]))
            return NameTokenKind.Lower;
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsLower(c))
                return NameTokenKind.Capitalized;
            letters++;
        }
        return letters >= 2 ? NameTokenKind.AllCaps : NameTokenKind.Capitalized;
    }
}
