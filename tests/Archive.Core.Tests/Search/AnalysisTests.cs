using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class AnalysisTests
{
    private static string[] Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        ArchiveAnalyzers.Terms(analyzer, text).Select(t => t.Term).ToArray();

    // Lucene's Spanish light stemmer: plural and gender endings go, on text already folded.
    [Theory]
    [InlineData("chica", "chic")]
    [InlineData("chicos", "chic")]
    [InlineData("chicharrón", "chicharron")]
    [InlineData("chilenos", "chilen")]
    [InlineData("tormentas", "torment")]
    [InlineData("torreón", "torreon")]
    [InlineData("lejanos", "lejan")]
    [InlineData("acciones", "accion")]
    [InlineData("luces", "luz")]
    [InlineData("pactos", "pact")]
    public void Spanish_stemmer_drops_plural_and_gender_endings(string word, string stem)
    {
        Assert.Equal([stem], Terms(ArchiveAnalyzers.Spanish, word));
    }

    // Pairs from the Snowball project's published English (Porter2) vocabulary and stemmed output.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consistently", "consist")]
    [InlineData("consolatory", "consolatori")]
    [InlineData("conspiracy", "conspiraci")]
    [InlineData("conspirators", "conspir")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("knightly", "knight")]
    [InlineData("knitting", "knit")]
    [InlineData("generously", "generous")]
    public void English_stemmer_follows_porter2(string word, string stem)
    {
        Assert.Equal([stem], Terms(ArchiveAnalyzers.English, word));
    }

    [Theory]
    [InlineData("pactos", "pacto")]
    [InlineData("limitaciones", "limitación")]
    [InlineData("limitaciones", "limitacion")]
    [InlineData("limitación", "limitacion")]
    [InlineData("soviético", "Soviética")]
    [InlineData("información", "informacion")]
    [InlineData("educación", "EDUCACION")]
    [InlineData("RUSÍA", "rusia")]
    public void Spanish_forms_of_one_word_share_a_stem(string one, string other)
    {
        Assert.Equal(Terms(ArchiveAnalyzers.Spanish, one), Terms(ArchiveAnalyzers.Spanish, other));
    }

    [Theory]
    [InlineData("rusia", "ruso")]
    [InlineData("Rusía", "ruso")]
    [InlineData("rusia", "rusos")]
    public void Spanish_stems_keep_different_words_apart(string one, string other)
    {
        Assert.NotEqual(Terms(ArchiveAnalyzers.Spanish, one), Terms(ArchiveAnalyzers.Spanish, other));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Every_word_stems_alike_with_and_without_accents(string language)
    {
        var analyzer = ArchiveAnalyzers.ForLanguage(language)!;
        string[] words = ["información", "educación", "limitación", "país", "según", "café", "naïve", "résumé", "Pyongyang", "años", "búsqueda"];
        foreach (var word in words)
            Assert.Equal(Terms(analyzer, ArchiveAnalyzers.FoldText(word)), Terms(analyzer, word));
    }

    // The highlighter's pre-check folds through a table for Latin text and a thread buffer otherwise; both must equal FoldText.
    [Theory]
    [InlineData("Corea del Norte")]
    [InlineData("INFORMACIÓN, educación y Año Nuevo: ¿qué pasó?")]
    [InlineData("Straße, Æsir, ŒUVRE, ﬁnal")]
    [InlineData("İstanbul ǅemal Ǉubljana")]
    [InlineData("Москва и 東京, emoji 😀 too")]
    [InlineData("")]
    public void Transient_folding_equals_folding_the_text(string text)
    {
        Assert.Equal(ArchiveAnalyzers.FoldText(text), ArchiveAnalyzers.FoldTextTransient(text).ToString());
        Assert.Equal(ArchiveAnalyzers.FoldText(text + text), ArchiveAnalyzers.FoldTextTransient(text + text).ToString());
    }

    [Fact]
    public void Every_latin_character_folds_through_the_table_as_folding_the_text_does()
    {
        var all = new string([.. Enumerable.Range(1, 0x24F).Select(c => (char)c)]);
        Assert.Equal(ArchiveAnalyzers.FoldText(all), ArchiveAnalyzers.FoldTextTransient(all).ToString());
        foreach (var c in all)
            Assert.Equal(ArchiveAnalyzers.FoldText(c.ToString()), ArchiveAnalyzers.FoldTextTransient(c.ToString()).ToString());
    }

    [Fact]
    public void English_plural_and_possessive_share_the_stem()
    {
        Assert.Equal(Terms(ArchiveAnalyzers.English, "offering"), Terms(ArchiveAnalyzers.English, "offerings"));
        Assert.Equal(["kim"], Terms(ArchiveAnalyzers.English, "Kim’s"));
    }

    [Theory]
    [InlineData("Rusia")]
    [InlineData("rusia")]
    [InlineData("RUSIA")]
    [InlineData("Rusía")]
    public void Exact_terms_ignore_case_and_accents(string word)
    {
        Assert.Equal(["rusia"], Terms(ArchiveAnalyzers.Exact, word));
    }

    [Fact]
    public void Exact_terms_keep_stopwords_for_phrases()
    {
        Assert.Equal(["corea", "del", "norte"], Terms(ArchiveAnalyzers.Exact, "Corea del Norte"));
    }

    [Fact]
    public void Stemmed_terms_drop_stopwords_accented_or_not()
    {
        Assert.Equal(["core", "nort"], Terms(ArchiveAnalyzers.Spanish, "Corea del Norte"));
        Assert.Empty(Terms(ArchiveAnalyzers.Spanish, "también tambien"));
        Assert.Equal(["offer"], Terms(ArchiveAnalyzers.English, "the offerings"));
    }

    [Fact]
    public void Stems_come_out_without_accents()
    {
        Assert.Equal(["union", "sovietic"], Terms(ArchiveAnalyzers.Spanish, "Unión Soviética"));
    }

    [Fact]
    public void Outlet_keys_match_names_and_slugs()
    {
        Assert.Equal("fox-news", ArchiveAnalyzers.Key("Fox News"));
        Assert.Equal("fox-news", ArchiveAnalyzers.Key("fox-news"));
        Assert.Equal("el-pais", ArchiveAnalyzers.Key("EL PAÍS"));
    }

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>
        {
            { "en", "The skies were dying; Kim’s generously happy offerings, the relational organization's early flying conditions and knives." },
            { "es", "La diferencia: limitaciones, soluciones, biología, acción, firmó, toreándolo, chicharrón y también según MÁS Unión." },
        };
        foreach (var seed in SearchArchive.Seeds())
            data.Add("es", string.Join('\n', seed.Paragraphs));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Stemming_one_token_agrees_with_the_index_chain(string language, string text)
    {
        var analyzer = ArchiveAnalyzers.ForLanguage(language)!;
        var chain = new Dictionary<int, string>();
        using (var stream = analyzer.GetTokenStream("body", text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                chain[offset.StartOffset] = term.ToString();
            stream.End();
        }

        using var tokens = ArchiveAnalyzers.Exact.GetTokenStream("body", text);
        var exact = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var at = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        tokens.Reset();
        var checkedTokens = 0;
        while (tokens.IncrementToken())
        {
            var stem = analyzer.StemToken(exact.ToString());
            Assert.Equal(chain.GetValueOrDefault(at.StartOffset), stem);
            // The highlighter only stems tokens that start with the stem minus its last two letters.
            if (stem is not null)
                Assert.StartsWith(stem[..Math.Max(1, stem.Length - 2)], exact.ToString(), StringComparison.Ordinal);
            checkedTokens++;
        }
        tokens.End();
        Assert.True(checkedTokens > 10);
    }
}
