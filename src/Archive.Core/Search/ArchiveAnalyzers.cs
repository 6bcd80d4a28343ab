using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// The analysis chains shared by indexing, querying and highlighting, so all three cut and
/// fold text identically. Analyzers reuse their token streams per thread; one instance each serves the process.
/// </summary>
internal static class ArchiveAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Unstemmed, lower-cased, accents folded: "Rusía" and "RUSIA" both become "rusia".</summary>
    public static Analyzer Exact { get; } = new ExactAnalyzer();

    public static StemmingAnalyzer Spanish { get; } = StemmingAnalyzer.Spanish();

    public static StemmingAnalyzer English { get; } = StemmingAnalyzer.English();

    /// <summary>What the IndexWriter uses: each field name picks its chain.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleStemmed("es")] = Spanish,
        [SearchFields.BodyStemmed("es")] = Spanish,
        [SearchFields.TitleStemmed("en")] = English,
        [SearchFields.BodyStemmed("en")] = English,
    });

    public static StemmingAnalyzer? ForLanguage(string language) => language switch
    {
        "es" => Spanish,
        "en" => English,
        _ => null,
    };

    /// <summary>The terms the analyzer makes of a text, with their positions (stopwords leave gaps).</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.BodyExact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }

    /// <summary>Folded key for outlet and tag filters: "Fox News", "fox-news" and "FOX NEWS" all give "fox-news".</summary>
    public static string Key(string value) => string.Join('-', Terms(Exact, value).Select(t => t.Term));

    /// <summary>A tag's filter term; a slug the tokenizer keeps nothing of (symbols only) is its own key.</summary>
    public static string TagKey(string value) => Key(value) is { Length: > 0 } key ? key : value.Trim();

    private sealed class ExactAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new InvariantLowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        // Paragraphs are separate values of one field; the gap keeps a phrase from spanning two of them.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    /// <summary>Lower-cases and folds a whole text letter by letter, as the exact chain does token by token.</summary>
    internal static string FoldText(string text)
    {
        var input = text.ToLowerInvariant().ToCharArray();
        if (System.Text.Ascii.IsValid(input))
            return new string(input);
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>
    /// What <see cref="FoldText"/> makes of each character up to U+024F (Latin), where that is exactly one
    /// character; '\0' where it is not. Lower-casing and folding go character by character, so a text of
    /// such characters folds through the table to exactly what <see cref="FoldText"/> gives.
    /// </summary>
    private static readonly char[] _foldedLatin = FoldedLatin();

    [ThreadStatic]
    private static char[]? _lowered;

    [ThreadStatic]
    private static char[]? _folded;

    /// <summary>
    /// <see cref="FoldText"/> into buffers of the calling thread, valid until its next call there: the
    /// highlighter folds every paragraph it looks at, and a copy of each was most of a search's garbage.
    /// </summary>
    internal static ReadOnlySpan<char> FoldTextTransient(string text)
    {
        if (_lowered is null || _lowered.Length < text.Length)
            _lowered = new char[Math.Max(text.Length, 1024)];
        var lowered = _lowered.AsSpan(0, text.Length);
        // Latin text folds letter by letter from a table; ICU lower-casing was a fifth of a snippet's cost.
        var table = _foldedLatin;
        var simple = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= table.Length || table[c] == '\0')
            {
                simple = false;
                break;
            }
            lowered[i] = table[c];
        }
        if (simple)
            return lowered;
        text.AsSpan().ToLowerInvariant(lowered);
        if (System.Text.Ascii.IsValid(lowered))
            return lowered;
        if (_folded is null || _folded.Length < text.Length * 4)
            _folded = new char[Math.Max(text.Length * 4, 4096)];
        var length = ASCIIFoldingFilter.FoldToASCII(_lowered, 0, _folded, 0, text.Length);
        return _folded.AsSpan(0, length);
    }

    private static char[] FoldedLatin()
    {
        var table = new char[0x250];
        for (var c = 1; c < table.Length; c++)
        {
            var folded = FoldText(((char)c).ToString());
            table[c] = folded.Length == 1 ? folded[0] : '\0';
        }
        return table;
    }

    internal static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
            return word;
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}

/// <summary>
/// Folds before stemming, so a word typed with or without its accents reaches the same stem
/// ("limitación", "limitacion" and "limitaciones" all give "limitacion"). The stemmer must therefore
/// work on folded text: Spanish uses Lucene's light stemmer (plural and gender endings only, its
/// own rules accent-free), English Snowball (English text carries almost no accents). The harness
/// in tests/Archive.Benchmarks (relevance part) holds the comparison that chose them.
/// </summary>
internal sealed class StemmingAnalyzer : Analyzer
{
    private readonly CharArraySet _stopWords;
    private readonly bool _english;
    private readonly ThreadLocal<SnowballProgram>? _tokenStemmer;
    private readonly SpanishLightStemmer? _spanish;

    private StemmingAnalyzer(CharArraySet stopWords, bool english)
    {
        _stopWords = WithFoldedForms(stopWords);
        _english = english;
        if (english)
            _tokenStemmer = new ThreadLocal<SnowballProgram>(() => new EnglishStemmer());
        else
            _spanish = new SpanishLightStemmer();
    }

    public static StemmingAnalyzer Spanish() => new(SpanishAnalyzer.DefaultStopSet, english: false);

    public static StemmingAnalyzer English() => new(EnglishAnalyzer.DefaultStopSet, english: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ArchiveAnalyzers.Version, reader);
        TokenStream stream = new InvariantLowerCaseFilter(source);
        if (_english)
            stream = new EnglishPossessiveFilter(ArchiveAnalyzers.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(ArchiveAnalyzers.Version, stream, _stopWords);
        stream = _english ? new SnowballFilter(stream, new EnglishStemmer()) : new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>True when the chain drops the (lower-cased, folded) word as a stopword.</summary>
    public bool IsStopWord(string folded) => _stopWords.Contains(folded);

    /// <summary>
    /// What the filter chain above makes of one token the exact chain already cut, lower-cased and
    /// folded, or null for a stopword. Lets the highlighter tokenize a text once instead of once per
    /// chain; a test holds it to the chain's output.
    /// </summary>
    public string? StemToken(string folded)
    {
        if (_english && folded.Length >= 2 && folded[^1] == 's' && folded[^2] is '\'' or '\u2019' or '\uFF07')
            folded = folded[..^2];
        if (_stopWords.Contains(folded))
            return null;
        if (_spanish is not null)
        {
            var buffer = folded.ToCharArray();
            return new string(buffer, 0, _spanish.Stem(buffer, buffer.Length));
        }
        var program = _tokenStemmer!.Value!;
        program.SetCurrent(folded);
        program.Stem();
        return program.Current;
    }

    /// <summary>
    /// <see cref="StemToken(string)"/> through a cache of the calling thread: the index writer stems every distinct
    /// word of every article for its top-word doc values, and news keeps writing the same words.
    /// </summary>
    public string? StemTokenCached(ReadOnlySpan<char> folded)
    {
        var cache = _stems.Value!;
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var stem))
            return stem;
        // Bounded: a thread's cache starts afresh rather than grow with the archive's vocabulary.
        if (cache.Count >= StemCacheLimit)
            cache.Clear();
        var word = folded.ToString();
        stem = StemToken(word);
        cache[word] = stem;
        return stem;
    }

    private const int StemCacheLimit = 50_000;

    private readonly ThreadLocal<Dictionary<string, string?>> _stems = new(() => new Dictionary<string, string?>(StringComparer.Ordinal));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stems.Dispose();
            _tokenStemmer?.Dispose();
        }
        base.Dispose(disposing);
    }

    private static CharArraySet WithFoldedForms(CharArraySet words)
    {
        var all = new CharArraySet(ArchiveAnalyzers.Version, words.Count * 2, ignoreCase: false);
        foreach (var word in words)
        {
            var text = word?.ToString();
            if (text is null)
                continue;
            all.Add(text);
            all.Add(ArchiveAnalyzers.Fold(text));
        }
        return all.AsReadOnly();
    }
}
