using Archive.Core.Text;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;

namespace Archive.Core.Tests.Importing;

public sealed class TextArticleFormatSeedTests
{
    private readonly TextArticleFormat _format = new();

    private ParsedArticle Parse(string seed)
    {
        var result = _format.Parse(Seeds.Read(seed), seed);
        Assert.Null(result.FailureReason);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Fact]
    public void Seed_002_takes_its_repeated_first_line_as_the_title()
    {
        var article = Parse(Seeds.RepeatedTitle);

        Assert.Equal("Vladimir Putin y Kim Jong Un son vistos riéndose en una limusina rusa", article.Title);
        Assert.False(article.TitleDerived);
    }

    [Fact]
    public void Seed_002_has_fourteen_paragraphs_starting_with_the_limousine_and_ending_in_hanoi()
    {
        var article = Parse(Seeds.RepeatedTitle);

        Assert.Equal(14, article.Paragraphs.Count);
        Assert.StartsWith("El presidente ruso Vladimir Putin y el líder norcoreano", article.Paragraphs[0]);
        Assert.StartsWith("Después de su visita a Corea del Norte, Putin aterrizó en Hanoi", article.Paragraphs[^1]);
    }

    [Fact]
    public void Seed_002_records_the_title_repeats_the_lone_dashes_and_the_navigation_links_as_removed()
    {
        var article = Parse(Seeds.RepeatedTitle);

        var removed = article.RemovedLines.Select(l => (l.LineNumber, l.Rule)).ToList();
        Assert.Equal(
            [
                (3, NoiseRules.RepeatedTitle),
                (4, NoiseRules.RepeatedTitle),
                (5, "lone-punctuation"),
                (35, "lone-punctuation"),
                (37, "navigation"),
                (38, "navigation"),
            ],
            removed);
        Assert.StartsWith("PREV El Apple Watch", article.RemovedLines[4].Text);
        Assert.StartsWith("NEXT Macron pide", article.RemovedLines[5].Text);
    }

    [Fact]
    public void Seed_000_has_no_title_line_so_the_title_is_cut_from_the_first_sentence()
    {
        var article = Parse(Seeds.WithoutTitle);

        Assert.True(article.TitleDerived);
        Assert.StartsWith("El presidente ruso Vladimir Putin y el líder supremo norcoreano Kim Jong Un", article.Title);
        Assert.EndsWith("…", article.Title);
        Assert.True(article.Title.Length <= Titles.MaxDerivedLength, article.Title);
    }

    [Fact]
    public void Seed_000_keeps_one_paragraph_per_line_and_drops_the_fox_news_promo()
    {
        var article = Parse(Seeds.WithoutTitle);

        Assert.Equal(12, article.Paragraphs.Count);
        Assert.StartsWith("El presidente ruso Vladimir Putin", article.Paragraphs[0]);
        Assert.StartsWith("Corea del Norte opera bajo la ideología estatal del Juche", article.Paragraphs[^1]);
        var promo = Assert.Single(article.RemovedLines);
        Assert.Equal(10, promo.LineNumber);
        Assert.Equal("HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS", promo.Text);
        Assert.Equal("promo-click", promo.Rule);
    }

    [Theory]
    [InlineData(Seeds.WithoutTitle)]
    [InlineData(Seeds.RepeatedTitle)]
    public void No_noise_line_survives_in_a_seed(string seed)
    {
        var article = Parse(seed);

        foreach (var paragraph in article.Paragraphs)
        {
            Assert.DoesNotContain("HAZ CLIC", paragraph, StringComparison.OrdinalIgnoreCase);
            Assert.False(paragraph.StartsWith("PREV ", StringComparison.Ordinal), paragraph);
            Assert.False(paragraph.StartsWith("NEXT ", StringComparison.Ordinal), paragraph);
            Assert.NotEqual("-", paragraph.Trim());
            Assert.NotEqual(article.Title, paragraph);
            Assert.Null(NoiseRules.Default.Match(paragraph));
        }
    }

    [Theory]
    [InlineData(Seeds.WithoutTitle)]
    [InlineData(Seeds.RepeatedTitle)]
    public void Seeds_decode_as_utf8_without_fallback(string seed)
    {
        var article = Parse(seed);

        Assert.Null(article.EncodingFallback);
        Assert.Contains(article.Paragraphs, p => p.Contains("Corea del Norte", StringComparison.Ordinal));
    }
}
