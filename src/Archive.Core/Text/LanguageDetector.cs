using System.Collections.Frozen;

namespace Archive.Core.Text;

/// <summary>
/// A detected language ("es", "en", or "und" when the text gives too little evidence) and how sure the
/// detector is, from 0 (undetermined) to 1.
/// </summary>
public sealed record LanguageGuess(string Language, double Confidence);

/// <summary>
/// Tells Spanish from English by counting function words that belong to only one of the two
/// languages, helped by characters English never uses (ñ, ¿, ¡, acute accents) and by the
/// abbreviations wires write short items in ("Shr 12 cts vs 10 cts", "mln dlrs"). Too little
/// evidence gives <see cref="Undetermined"/>, never a silent default.
/// </summary>
public static class LanguageDetector
{
    public const string Spanish = "es";
    public const string English = "en";

    /// <summary>ISO 639-2 "undetermined": the text did not say enough to tell.</summary>
    public const string Undetermined = Languages.Undetermined;

    // Below this much evidence, or with the two languages this close, a short text stays undetermined.
    private const double MinEvidence = 1;
    private const double ThinEvidence = 3;
    private const double MinMarginOnThinEvidence = 0.5;

    // Words frequent in one language and absent or rare in the other. Shared spellings
    // ("a", "no", "me", "he", "son", "once", "era") are left out on purpose: they prove nothing.
    private static readonly FrozenSet<string> _spanishWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "de", "la", "que", "el", "en", "los", "del", "se", "las", "por", "un", "una", "para", "con", "su",
        "al", "lo", "como", "mas", "pero", "sus", "le", "ya", "fue", "este", "ha", "si", "porque", "esta",
        "entre", "cuando", "muy", "sobre", "tambien", "hasta", "hay", "donde", "quien", "desde", "todo",
        "nos", "durante", "todos", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos", "esto",
        "antes", "algunos", "unos", "yo", "otro", "otras", "otra", "tanto", "esa", "estos", "mucho",
        "quienes", "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "son",
        "han", "ser", "es", "fueron", "dijo", "segun", "sido", "tras", "y", "aunque", "solo", "ademas",
        "sino", "pues", "cuyo", "cuya", "mientras", "despues", "tiene", "tienen", "hacia", "dos", "ano",
        "anos", "puede", "pueden", "hace", "asi", "ahora", "nuevo", "nueva", "parte", "estan", "habia",
        // Spanish wire and business copy: "mdp" (millones de pesos), "mdd" (millones de dólares).
        "millones", "mdp", "mdd", "dolares", "pesos", "euros", "informo", "anuncio", "trimestre", "ventas",
        "ganancias", "utilidad", "acciones", "empresa", "gobierno", "presidente", "ministro", "hoy", "ayer",
    ]);

    private static readonly FrozenSet<string> _englishWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "his", "they",
        "at", "be", "this", "from", "have", "or", "by", "had", "not", "but", "what", "all", "were", "when",
        "we", "there", "can", "an", "your", "which", "their", "said", "if", "will", "each", "about", "how",
        "up", "out", "them", "then", "she", "many", "some", "these", "would", "other", "into", "its", "who",
        "been", "her", "than", "him", "could", "after", "over", "also", "did", "our", "just", "where",
        "most", "those", "while", "should", "because", "between", "being", "through", "during", "before",
        "against", "are", "you", "my", "says", "new", "more", "first", "year", "years", "two", "people",
        "only", "such", "any", "may", "very", "under", "since", "until", "without", "according", "now",
        // Newswire abbreviations: earnings tables ("Shr 12 cts vs 10 cts", "Revs 45.6 mln vs 40.1 mln", "3RD QTR").
        "shr", "shrs", "cts", "qtr", "qtly", "dlrs", "dlr", "mln", "mlns", "bln", "billion", "million", "revs",
        "avg", "pct", "mths", "oper", "div", "net", "inc", "corp", "ltd", "profit", "loss", "sales", "shares",
        "stock", "company", "government", "president", "minister", "today", "yesterday", "sees", "rise", "rises",
    ]);

    // Written in English wire tables and in Spanish sports copy alike ("Canelo vs Golovkin"): half a word for English, so
    // it alone is too little to decide, while a wire table's "Shr" and "cts" beside it still are. "Inc", "Corp" and
    // "Ltd" stay whole words: as half words they left 51 of 200 English wire headlines ("ACME INC SETS PAYOUT") undetermined.
    private const string Versus = "vs";

    private const double VersusWeight = 0.5;

    private const int MaxWordLength = 16;
    // Enough evidence to decide; the rest of a long article changes nothing.
    private const int EnoughEvidence = 150;
    private const double EvidenceForFullConfidence = 12;

    public static LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new Scores();
        scores.Add(text);
        return scores.Result();
    }

    public static LanguageGuess Detect(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var scores = new Scores();
        foreach (var part in parts)
        {
            scores.Add(part);
            if (scores.Evidence >= EnoughEvidence)
                break;
        }
        return scores.Result();
    }

    private struct Scores
    {
        private double _spanish;
        private double _english;

        public readonly double Evidence => _spanish + _english;

        public void Add(ReadOnlySpan<char> text)
        {
            var spanishLookup = _spanishWords.GetAlternateLookup<ReadOnlySpan<char>>();
            var englishLookup = _englishWords.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> word = stackalloc char[MaxWordLength];
            var length = 0;
            var tooLong = false;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsLetter(c))
                {
                    AddCharacterHint(c);
                    if (length < MaxWordLength)
                        word[length++] = TextFolding.Fold(c);
                    else
                        tooLong = true;
                    continue;
                }
                if (length > 0 && !tooLong)
                {
                    var token = word[..length];
                    if (spanishLookup.Contains(token))
                        _spanish++;
                    else if (englishLookup.Contains(token))
                        _english++;
                    else if (token.SequenceEqual(Versus))
                        _english += VersusWeight;
                }
                length = 0;
                tooLong = false;
                if (c is '¿' or '¡')
                    _spanish += 2;
                if (Evidence >= EnoughEvidence)
                    return;
            }
        }

        private void AddCharacterHint(char c)
        {
            switch (c)
            {
                case 'ñ' or 'Ñ':
                    _spanish += 1.5;
                    break;
                // Accents appear in English only in borrowed names, so they count for less than a word.
                case 'á' or 'é' or 'í' or 'ó' or 'ú' or 'Á' or 'É' or 'Í' or 'Ó' or 'Ú':
                    _spanish += 0.5;
                    break;
            }
        }

        public readonly LanguageGuess Result()
        {
            var total = _spanish + _english;
            if (total < MinEvidence || _spanish == _english)
                return new LanguageGuess(Undetermined, 0);
            var language = _spanish > _english ? Spanish : English;
            var margin = Math.Abs(_spanish - _english) / total;
            if (total < ThinEvidence && margin < MinMarginOnThinEvidence)
                return new LanguageGuess(Undetermined, 0);
            var amount = Math.Min(1, total / EvidenceForFullConfidence);
            return new LanguageGuess(language, Math.Round(margin * amount, 3));
        }
    }
}
