using System.Text;
using Archive.Core.Importing;
using Archive.Core.Importing.Markdown;

namespace Archive.Core.Tests.Importing.Markdown;

public sealed class MarkdownArticleFormatTests
{
    private static readonly MarkdownArticleFormat Format = new(_ => null);

    private static ParsedArticle Parse(string markdown, MarkdownArticleFormat? format = null)
    {
        var result = (format ?? Format).Parse(Encoding.UTF8.GetBytes(markdown), "note.md");
        Assert.True(result.Article is not null, $"not read as an article: {result.FailureReason}");
        return result.Article;
    }

    private const string NoteWithFrontMatter = """
        ---
        title: "Putin y Kim: un pacto de defensa mutua"
        outlet: El Periódico Austral
        date: 2024-06-19T10:42:17+02:00
        lang: es-ES
        url: https://www.periodicoaustral.com/internacional/putin-kim.html
        author:
          - Lucía Ferrer
          - Andrés Molina
        tags: [Rusia, "Corea del Norte", geopolítica]
        # a comment the parser skips
        ---
        # Putin y Kim: un pacto de defensa mutua

        El presidente ruso, **Vladímir Putin**, y el líder norcoreano, *Kim Jong-un*, firmaron este miércoles un acuerdo
        de asociación estratégica en [Pyongyang](https://es.wikipedia.org/wiki/Pyongyang).

        ![Putin y Kim en Pyongyang](https://img.example/putin-kim.jpg)

        ## Una alianza contra las sanciones

        > “Es la relación más estrecha desde 1961”, resume una investigadora.

        Entre los compromisos:

        - Cooperación en `energía` y transporte.
        - Un nuevo puente sobre el río Tumen.

        Putin viaja después a Vietnam.
        """;

    [Fact]
    public void Markdown_format_claims_md_and_markdown_files()
    {
        Assert.Equal([".md", ".markdown"], Format.Extensions);
    }

    [Fact]
    public void Front_matter_supplies_every_metadata_field()
    {
        var article = Parse(NoteWithFrontMatter);

        Assert.Equal("Putin y Kim: un pacto de defensa mutua", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal("El Periódico Austral", article.OutletName);
        Assert.Equal(new DateTime(2024, 6, 19, 8, 42, 17, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("es", article.Language);
        Assert.Equal("https://www.periodicoaustral.com/internacional/putin-kim.html", article.CanonicalUrl);
        Assert.Equal("Lucía Ferrer, Andrés Molina", article.Byline);
        Assert.Equal(["Rusia", "Corea del Norte", "geopolítica"], article.Tags);
    }

    [Fact]
    public void Body_is_flattened_to_plain_paragraphs_in_order()
    {
        var article = Parse(NoteWithFrontMatter);

        Assert.Equal(
            [
                "El presidente ruso, Vladímir Putin, y el líder norcoreano, Kim Jong-un, firmaron este miércoles un acuerdo de asociación estratégica en Pyongyang.",
                "Una alianza contra las sanciones",
                "“Es la relación más estrecha desde 1961”, resume una investigadora.",
                "Entre los compromisos:",
                "• Cooperación en energía y transporte.",
                "• Un nuevo puente sobre el río Tumen.",
                "Putin viaja después a Vietnam.",
            ],
            article.Paragraphs);
        Assert.Contains(article.RemovedLines, l => l.Rule == MarkdownArticleFormat.TitleRepeatRule && l.LineNumber == 1);
    }

    [Fact]
    public void Note_without_front_matter_takes_its_title_from_the_first_heading()
    {
        var article = Parse("""
            # El puerto de Valdemar bate su récord

            El puerto cerró mayo con 412.000 contenedores.

            La previsión es superar los cuatro millones.
            """);

        Assert.Equal("El puerto de Valdemar bate su récord", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal(["El puerto cerró mayo con 412.000 contenedores.", "La previsión es superar los cuatro millones."], article.Paragraphs);
        Assert.Empty(article.RemovedLines);
        Assert.Null(article.Language);
        Assert.Null(article.OutletName);
        Assert.Null(article.PublishedAt);
        Assert.Empty(article.Tags);
    }

    [Fact]
    public void Setext_heading_counts_as_the_title_too()
    {
        var article = Parse("Titular subrayado\n=================\n\nPrimer párrafo del texto.\n");

        Assert.Equal("Titular subrayado", article.Title);
        Assert.Equal(["Primer párrafo del texto."], article.Paragraphs);
    }

    [Fact]
    public void Note_without_any_title_derives_one_from_its_first_sentence()
    {
        var article = Parse("Decenas de miles de norcoreanos llenaron la plaza. Fue el acto más multitudinario en una década.\n");

        Assert.True(article.TitleDerived);
        Assert.Equal("Decenas de miles de norcoreanos llenaron la plaza", article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Heading_after_text_is_a_paragraph_not_the_title()
    {
        var article = Parse("Un párrafo inicial sin título.\n\n# Un encabezado tardío\n\nMás texto.\n");

        Assert.True(article.TitleDerived);
        Assert.Equal(["Un párrafo inicial sin título.", "Un encabezado tardío", "Más texto."], article.Paragraphs);
    }

    [Fact]
    public void Raw_html_scripts_leave_nothing_behind_and_other_tags_leave_only_their_text()
    {
        var article = Parse("""
            # Nota con HTML

            <script>
            alert('stolen cookies');
            </script>

            Un párrafo con <b>negrita</b> y un <script>alert('inline')</script> intento de <span onclick="evil()">inyección</span>.

            <div class="aviso">Texto visible dentro de un div.</div>

            <style>body { display: none }</style>

            <iframe src="https://evil.example"></iframe>

            Fin de la nota.
            """);

        Assert.Equal(["Un párrafo con negrita y un intento de inyección.", "Texto visible dentro de un div.", "Fin de la nota."], article.Paragraphs);
        var everything = string.Join('\n', article.Paragraphs.Concat(article.RemovedLines.Select(l => l.Text)).Append(article.Title));
        Assert.DoesNotContain("alert", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("<", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("display", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_blocks_are_kept_out_of_the_body_but_recorded()
    {
        var article = Parse("# Nota\n\nTexto.\n\n```\nvar x = 1;\n```\n");

        Assert.Equal(["Texto."], article.Paragraphs);
        var removed = Assert.Single(article.RemovedLines);
        Assert.Equal(MarkdownArticleFormat.CodeBlockRule, removed.Rule);
        Assert.Equal("var x = 1;", removed.Text);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_front_matter_or_title()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Año nuevo\n---\nTexto del año.\n")).ToArray();

        var article = Format.Parse(bytes, "note.md").Article;

        Assert.NotNull(article);
        Assert.Equal("Año nuevo", article.Title);
    }

    [Fact]
    public void Windows_1252_note_is_decoded_when_it_is_not_utf8()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes("# La Coruña recibe a los “campeones”\n\nEl alcalde felicitó al equipo — y a la afición.\n");

        var article = Format.Parse(bytes, "note.md").Article;

        Assert.NotNull(article);
        Assert.Equal("La Coruña recibe a los “campeones”", article.Title);
        Assert.Equal(["El alcalde felicitó al equipo — y a la afición."], article.Paragraphs);
    }

    [Fact]
    public void Shared_noise_rules_remove_lines_and_name_the_rule()
    {
        var format = new MarkdownArticleFormat(line => line.StartsWith("Suscríbete", StringComparison.Ordinal) ? "promo:test" : null);

        var article = Parse("# Nota\n\nTexto real.\n\nSuscríbete a nuestro boletín.\n", format);

        Assert.Equal(["Texto real."], article.Paragraphs);
        var removed = Assert.Single(article.RemovedLines);
        Assert.Equal("promo:test", removed.Rule);
        Assert.Equal(3, removed.LineNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\ntitle: Solo metadatos\n---\n")]
    [InlineData("<script>alert(1)</script>\n")]
    [InlineData("![solo una imagen](x.png)\n")]
    public void Note_without_text_is_not_an_article(string markdown)
    {
        var result = Format.Parse(Encoding.UTF8.GetBytes(markdown), "note.md");

        Assert.Null(result.Article);
        Assert.Equal("the note has no text", result.FailureReason);
    }
}
