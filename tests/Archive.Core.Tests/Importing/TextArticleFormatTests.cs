using Archive.Core.Text;
using System.Text;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;

namespace Archive.Core.Tests.Importing;

public sealed class TextArticleFormatTests
{
    private readonly TextArticleFormat _format = new();

    private ParsedArticle Parse(ArticleFileBuilder file)
    {
        var result = _format.Parse(file.Build(), "article.txt");
        Assert.Null(result.FailureReason);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private ParsedArticle Parse(string text) => Parse(new ArticleFileBuilder().Line(text));

    [Fact]
    public void A_short_first_line_followed_by_a_blank_line_is_the_title()
    {
        var article = Parse(ArticleFileBuilder.Article("Kim recibe a Putin", "Primer párrafo.", "Segundo párrafo."));

        Assert.Equal("Kim recibe a Putin", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal(["Primer párrafo.", "Segundo párrafo."], article.Paragraphs);
    }

    [Fact]
    public void A_first_line_ending_in_a_period_is_a_paragraph_not_a_title()
    {
        var article = Parse("Kim recibió a Putin.\n\nLa visita duró dos días.");

        Assert.True(article.TitleDerived);
        Assert.Equal("Kim recibió a Putin", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_short_first_line_running_straight_into_text_is_not_a_title()
    {
        var article = Parse("Kim recibe a Putin\nen Pyongyang durante dos días.");

        Assert.True(article.TitleDerived);
        Assert.Equal(["Kim recibe a Putin en Pyongyang durante dos días."], article.Paragraphs);
    }

    [Fact]
    public void A_title_repeated_on_the_next_line_is_kept_once_and_its_repeats_are_recorded()
    {
        var article = Parse("Kim recibe a Putin\nKIM RECIBE A PUTIN\nEl texto empieza aquí.");

        Assert.Equal("Kim recibe a Putin", article.Title);
        Assert.Equal(["El texto empieza aquí."], article.Paragraphs);
        var removed = Assert.Single(article.RemovedLines);
        Assert.Equal((2, "KIM RECIBE A PUTIN", NoiseRules.RepeatedTitle), (removed.LineNumber, removed.Text, removed.Rule));
    }

    [Fact]
    public void Noise_before_the_title_does_not_hide_it()
    {
        var article = Parse("-\nKim recibe a Putin\n\nEl texto empieza aquí.");

        Assert.Equal("Kim recibe a Putin", article.Title);
        Assert.Equal(1, article.RemovedLines[0].LineNumber);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_paragraph()
    {
        var article = Parse(new ArticleFileBuilder()
            .Line("Título del artículo").BlankLine()
            .Line("El presidente ruso llegó a Pyongyang")
            .Line("en la madrugada del miércoles, hora local,")
            .Line("Kim Jong Un lo esperaba en la pista.")
            .Line("Después hubo un desfile.").BlankLine()
            .Line("Otro párrafo."));

        Assert.Equal(
            [
                "El presidente ruso llegó a Pyongyang en la madrugada del miércoles, hora local, Kim Jong Un lo esperaba en la pista.",
                "Después hubo un desfile.",
                "Otro párrafo.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Crlf_cr_and_lf_files_parse_the_same()
    {
        const string text = "Título\n\nUno.\nDos.\n\nTres.";

        var lf = Parse(text);
        var crlf = Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        var cr = Parse(text.Replace("\n", "\r", StringComparison.Ordinal));

        Assert.Equal(lf.Paragraphs, crlf.Paragraphs);
        Assert.Equal(lf.Paragraphs, cr.Paragraphs);
        Assert.Equal(["Uno.", "Dos.", "Tres."], lf.Paragraphs);
    }

    [Fact]
    public void Windows_1252_bytes_are_decoded_with_the_fallback_noted()
    {
        var article = Parse(ArticleFileBuilder.Article("Año nuevo en Corea", "La niña vio a Kim en Corea del Norte.").InWindows1252());

        Assert.Equal("Año nuevo en Corea", article.Title);
        Assert.Equal("La niña vio a Kim en Corea del Norte.", Assert.Single(article.Paragraphs));
        Assert.Equal("windows-1252", article.EncodingFallback);
    }

    [Fact]
    public void A_promo_looking_paragraph_that_is_real_text_is_kept()
    {
        const string real = "Los expertos recomiendan no hacer clic aquí y allá en enlaces desconocidos: basta un solo clic para instalar un programa espía, explicó la policía.";

        var article = Parse(ArticleFileBuilder.Article("Ciberseguridad", real, "HAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS"));

        Assert.Equal([real], article.Paragraphs);
        Assert.Equal("promo-click", Assert.Single(article.RemovedLines).Rule);
    }

    [Fact]
    public void A_file_with_nothing_but_noise_is_not_an_article()
    {
        var result = _format.Parse(Encoding.UTF8.GetBytes("-\nSuscríbete\n\nPREV Otra noticia\n"), "noise.txt");

        Assert.Null(result.Article);
        Assert.Equal("no article text left after cleaning (3 line(s) removed as noise)", result.FailureReason);
    }

    [Fact]
    public void A_title_alone_is_not_an_article()
    {
        var result = _format.Parse(Encoding.UTF8.GetBytes("Solo un título\n\n"), "title.txt");

        Assert.Null(result.Article);
    }

    [Fact]
    public void Whitespace_inside_lines_is_collapsed()
    {
        var article = Parse("Título\n\n  El\tpresidente \u00A0llegó   ayer.  ");

        Assert.Equal(["El presidente llegó ayer."], article.Paragraphs);
    }

    [Theory]
    [InlineData("Kim recibió a Putin. Luego hablaron.", "Kim recibió a Putin")]
    [InlineData("El Dr. Anthony Fauci no consintió en aparecer en el anuncio. Luego habló.", "El Dr. Anthony Fauci no consintió en aparecer en el anuncio")]
    [InlineData("¿Qué pasó en Pyongyang? Nadie lo sabe.", "¿Qué pasó en Pyongyang?")]
    [InlineData("Sin punto final", "Sin punto final")]
    public void A_derived_title_is_the_first_sentence_without_its_period(string paragraph, string title)
    {
        Assert.Equal(title, Titles.Derive(paragraph));
    }

    [Fact]
    public void A_long_first_sentence_is_cut_on_a_word_boundary_without_a_dangling_article()
    {
        var title = Titles.Derive(
            "El presidente ruso Vladimir Putin y el líder supremo norcoreano Kim Jong Un firmaron el miércoles un pacto de ayuda mutua, acercando más que nunca a ambas naciones.");

        Assert.Equal("El presidente ruso Vladimir Putin y el líder supremo norcoreano Kim Jong Un firmaron…", title);
    }
}
