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

    /// <summary>Words a thread has met, with their folded form and kind: news repeats its words, so most tokens allocate nothing.</summary>
    [ThreadStatic]
    private static Dictionary<string, (string Folded, NameTokenKind Kind)>? _words;

    /// <summary>Enough for an article's vocabulary many times over; beyond it the cache starts afresh rather than grow with the archive.</summary>
    private const int WordCacheLimit = 20_000;

    /// <summary>Strings of one character, for punctuation: made once each instead of twice per mark.</summary>
    private static readonly string?[] _single = new string?[0x2100];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<NameToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NameToken>(text.Length / 5);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the text's tokens to <paramref name="tokens"/>, a list the caller may reuse.</summary>
    public static void Tokenize(string text, List<NameToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var words = (_words ??= new Dictionary<string, (string, NameTokenKind)>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
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
                var mark = Single(c);
                tokens.Add(new NameToken(i, mark, mark, NameTokenKind.Punctuation, false));
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
            // "Snopes.com", "Stuff.co.nz": a site named by its domain is one word, and its dot ends no sentence.
            if (DomainEnd(text, start, i) is var domain and > 0)
                i = domain;
            var length = i - start;
            if (i < text.Length && text[i] == '.' && (hasDot || IsInitial(text, start, length) || IsAbbreviation(text, start, length)))
            {
                i++;
                length++;
            }
            var span = text.AsSpan(start, length);
            string word;
            if (words.TryGetValue(span, out var known, out var cached))
            {
                word = known;
            }
            else
            {
                if (words.Dictionary.Count >= WordCacheLimit)
                    words.Dictionary.Clear();
                word = span.ToString();
                cached = (TextFolding.Fold(word), KindOf(word));
                words.Dictionary[word] = cached;
            }
            tokens.Add(new NameToken(start, word, cached.Folded, cached.Kind, sentenceStart));
            // A reference mark after a sentence, "… the South Island.[148] The North Island", leaves the next word its opening.
            if (!(char.IsDigit(word[0]) && tokens.Count >= 2 && tokens[^2].Text == "["))
                sentenceStart = false;
            if (i < text.Length && text[i] is '\'' or '’' && IsPossessive(text, i))
            {
                tokens[^1] = tokens[^1] with { Apostrophe = text[i] };
                i += 2;
            }
        }
    }

    /// <summary>Top-level domains a site's name ends with: the generic ones and the countries news sites use most.</summary>
    private static readonly HashSet<string> _domains = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "edu", "gov", "info", "io", "co", "es", "mx", "ar", "cl", "co", "pe", "ve", "ec", "uy", "br",
        "uk", "nz", "au", "ca", "de", "fr", "it", "tv", "fm", "me", "us", "cc", "eu",
    };

    /// <summary>
    /// The end of a domain name whose first part runs from <paramref name="start"/> to the dot at <paramref name="dot"/>
    /// ("eldiario.es", "Stuff.co.nz"), or 0. Not inside an address or a link: after "@", "/" or "www.", or before "/" or "@".
    /// </summary>
    private static int DomainEnd(string text, int start, int dot)
    {
        if (dot >= text.Length || text[dot] != '.' || dot - start < 2)
            return 0;
        if (start > 0 && text[start - 1] is '@' or '/' or '.')
            return 0;
        var end = dot;
        var last = "";
        var parts = 0;
        while (end < text.Length && text[end] == '.' && parts < 2)
        {
            var segment = end + 1;
            while (segment < text.Length && char.IsAsciiLetterLower(text[segment]))
                segment++;
            var length = segment - end - 1;
            if (length is < 2 or > 4 || (segment < text.Length && char.IsLetterOrDigit(text[segment])))
                break;
            last = text.Substring(end + 1, length);
            end = segment;
            parts++;
        }
        if (parts == 0 || !_domains.Contains(last) || (end < text.Length && text[end] is '/' or '@'))
            return 0;
        return text.AsSpan(start, dot - start).StartsWith("www", StringComparison.OrdinalIgnoreCase) ? 0 : end;
    }

    /// <summary>Whether a word the tokenizer kept whole is a domain name: a dot past its first two letters and a known top-level domain last.</summary>
    public static bool IsDomainName(string word)
    {
        var dot = word.LastIndexOf('.');
        return dot > 1 && word.IndexOf('.') > 1 && _domains.Contains(word[(dot + 1)..]);
    }

    private static string Single(char c)
    {
        if (c >= _single.Length)
            return c.ToString();
        // Two threads may both make the string; either one is as good.
        return _single[c] ??= c.ToString();
    }

    /// <summary>Whether the word, folded, is a known abbreviation, without making a string of it.</summary>
    private static bool IsAbbreviation(string text, int start, int length)
    {
        const int Longest = 8;
        var word = text.AsSpan(start, length);
        foreach (var c in word)
        {
            // Beyond the Latin table folding decomposes the text and may change its length: the string way, as before.
            if (!TextFolding.FoldsOneToOne(c))
                return _abbreviations.Contains(TextFolding.Fold(word.ToString()));
        }
        // Folded char for char, the word keeps its length, and no abbreviation is this long.
        if (length > Longest)
            return false;
        Span<char> folded = stackalloc char[Longest];
        TextFolding.FoldInto(word, folded);
        return _abbreviationLookup.Contains(folded[..length]);
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static bool IsInitial(string text, int start, int length) => length == 1 && char.IsUpper(text[start]);

    /// <summary>
    /// "eBay", "iStock", "eToro": one small letter before a capital and then small letters again is a name written with
    /// its first letter small, not a word. "mRNA", "iOS" (capitals to the end) and "e-mail" are not.
    /// </summary>
    private static bool IsLowerBrand(string word)
    {
        if (word.Length < 4 || !char.IsLower(word[0]) || !char.IsUpper(word[1]) || !char.IsLower(word[2]))
            return false;
        for (var i = 2; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]))
                return false;
        }
        return true;
    }

    private static NameTokenKind KindOf(string word)
    {
        if (!char.IsUpper(word[0]))
            return IsLowerBrand(word) ? NameTokenKind.Capitalized : NameTokenKind.Lower;
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
