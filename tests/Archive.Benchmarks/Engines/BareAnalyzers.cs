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
/// The analysis issue 4 asks for, built from Lucene's own parts: lower case, stopwords, Snowball
/// stemming per language, accents folded; plus a folded, unstemmed chain for phrases and prefixes.
/// </summary>
public static class BareAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Spanish() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, SpanishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new SpanishStemmer());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    public static Analyzer English() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

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
