using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class AnalysisTests
{
    private static string[] Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        ArchiveAnalyzers.Terms(analyzer, text).Select(t => t.Term).ToArray();

    // Pairs from the Snowball project's published Spanish vocabulary and stemmed output.
    [Theory]
    [InlineData("chica", "chic")]
    [InlineData("chicos", "chic")]
    [InlineData("chicharrón", "chicharron")]
    [InlineData("chilenos", "chilen")]
    [InlineData("toreándolo", "tor")]
    [InlineData("toreros", "torer")]
    [InlineData("tormentas", "torment")]
    [InlineData("torreón", "torreon")]
    [InlineData("torrenciales", "torrencial")]
    [InlineData("tortilla", "tortill")]
    [InlineData("lejanos", "lejan")]
    [InlineData("acciones", "accion")]
    public void Spanish_stemmer_follows_snowball(string word, string stem)
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
    [InlineData("firmaron", "firmó")]
    [InlineData("limitaciones", "limitación")]
    [InlineData("soviético", "Soviética")]
    public void Spanish_forms_of_one_word_share_a_stem(string one, string other)
    {
        Assert.Equal(Terms(ArchiveAnalyzers.Spanish, one), Terms(ArchiveAnalyzers.Spanish, other));
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
        Assert.Equal(["union", "soviet"], Terms(ArchiveAnalyzers.Spanish, "Unión Soviética"));
    }

    [Fact]
    public void Outlet_keys_match_names_and_slugs()
    {
        Assert.Equal("fox-news", ArchiveAnalyzers.Key("Fox News"));
        Assert.Equal("fox-news", ArchiveAnalyzers.Key("fox-news"));
        Assert.Equal("el-pais", ArchiveAnalyzers.Key("EL PAÍS"));
    }
}
