using Archive.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Tests.Search;

public sealed class InvariantLowerCaseFilterTests
{
    [Theory]
    [InlineData("CUMBRE en PYONGYANG")]
    [InlineData("ÁRBOL ÉXITO ÍNDICE ÓRBITA ÚLTIMO ÑANDÚ ÜBER Ç À È Ì Ò Ù Â Ê Î Ô Û Ã Õ Ø Å Æ Þ Ð")]
    [InlineData("× ÷ ß ÿ µ")]
    [InlineData("ΣΟΦΙΑ МОСКВА ĞÜŞİÖÇ Ł Ő Ž")]
    [InlineData("𐐀𐐁 𝐀 emoji 😀 ＡＢＣ")]
    [InlineData("Kim-Jong-Un O'NEILL 2024 ½")]
    public void Lower_cases_exactly_as_lucenes_own_filter(string text)
    {
        Assert.Equal(Terms(text, source => new LowerCaseFilter(ArchiveAnalyzers.Version, source)), Terms(text, source => new InvariantLowerCaseFilter(source)));
    }

    private static List<string> Terms(string text, Func<TokenStream, TokenStream> lower)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(ArchiveAnalyzers.Version, reader);
            return new TokenStreamComponents(source, lower(source));
        });
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
