using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Archive.Benchmarks.Engines;

/// <summary>
/// The analysis Archive's index uses, built from Lucene's own parts: lower case, accents folded,
/// stopwords, then stemming that works on folded text (Spanish light stemmer, English Snowball; issue 11);
/// plus a folded, unstemmed chain for phrases and prefixes.
/// </summary>
public static class BareAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Spanish() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, FoldedSpanishStopWords);
        stream = new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    public static Analyzer English() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Spanish stopwords as written and folded ("también", "tambien"), since folding comes first.</summary>
    private static readonly Lucene.Net.Analysis.Util.CharArraySet FoldedSpanishStopWords = Folded(SpanishAnalyzer.DefaultStopSet);

    private static Lucene.Net.Analysis.Util.CharArraySet Folded(Lucene.Net.Analysis.Util.CharArraySet words)
    {
        var all = new Lucene.Net.Analysis.Util.CharArraySet(Version, words.Count * 2, ignoreCase: false);
        foreach (var word in words)
        {
            var text = word?.ToString();
            if (text is null)
                continue;
            all.Add(text);
            var output = new char[text.Length * 4];
            all.Add(new string(output, 0, ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, output, 0, text.Length)));
        }
        return all;
    }

    public static Analyzer Folded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    public static bool IsStopword(string word) =>
        SpanishAnalyzer.DefaultStopSet.Contains(word) || EnglishAnalyzer.DefaultStopSet.Contains(word);

    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
