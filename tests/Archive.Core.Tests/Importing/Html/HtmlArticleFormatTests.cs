using System.Text;
using Archive.Core.Importing;
using Archive.Core.Importing.Html;
using static Archive.Core.Tests.Importing.Html.HtmlFixtures;

namespace Archive.Core.Tests.Importing.Html;

public sealed class HtmlArticleFormatTests
{
    private static readonly string[] Chrome =
    [
        "Compartir en", "SUSCRÍBETE", "Siguiente artículo", "Artículo anterior", "Lee también", "Te puede interesar",
        "Publicidad", "cookies", "Comentarios", "Archivado En", "Iniciar sesión", "Aviso legal", "Todos los derechos reservados",
        "Share on", "Share this", "Advertisement", "Read more", "Sign up", "Follow The Northern Ledger", "Most read",
        "All rights reserved", "Comments", "Lo más leído", "Imprimir", "Volver a Mundo", "Enviar a un amigo", "Etiquetas",
        "usuario_1987", "desertrat77", "EV_enthusiast", "Join the conversation", "Cumbre en Pyongyang", "KCNA (EFE)",
    ];

    [Fact]
    public void Html_format_claims_html_and_htm_files()
    {
        Assert.Equal([".html", ".htm"], Format.Extensions);
    }

    [Fact]
    public void Json_ld_article_wins_over_open_graph_for_every_field()
    {
        var article = ParseFixture("periodico-austral-jsonld.html");

        Assert.Equal("Putin y Kim Jong-un firman en Pyongyang un pacto de defensa mutua", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal("Lucía Ferrer, Andrés Molina", article.Byline);
        Assert.Equal(new DateTime(2024, 6, 19, 8, 42, 17, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, article.PublishedAt!.Value.Kind);
        Assert.Equal("El Periódico Austral", article.OutletName);
        Assert.Equal(
            "https://www.periodicoaustral.com/internacional/2024-06-19/putin-y-kim-jong-un-firman-en-pyongyang-un-pacto-de-defensa-mutua.html",
            article.CanonicalUrl);
        Assert.Equal("es", article.Language);
    }

    [Fact]
    public void Body_keeps_standfirst_subheadings_quotes_and_list_items_in_reading_order()
    {
        var article = ParseFixture("periodico-austral-jsonld.html");

        Assert.StartsWith("El líder ruso y el norcoreano se comprometen", article.Paragraphs[0]);
        Assert.StartsWith("El presidente ruso, Vladímir Putin, y el líder norcoreano", article.Paragraphs[1]);
        Assert.EndsWith("quiere demostrar que el aislamiento promovido por Occidente tiene límites.", article.Paragraphs[^1]);

        var subheading = article.Paragraphs.ToList().IndexOf("Una alianza contra las sanciones");
        var quote = article.Paragraphs.ToList().FindIndex(p => p.StartsWith("“Es la relación más estrecha", StringComparison.Ordinal));
        Assert.InRange(subheading, 2, quote - 1);
        Assert.Equal(
            ["• Cooperación en energía, transporte y agricultura.", "• Un nuevo puente por carretera sobre el río Tumen.", "• La ampliación de los vuelos directos entre Moscú y Pyongyang."],
            article.Paragraphs.Where(p => p.StartsWith("• ", StringComparison.Ordinal)));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("  ", StringComparison.Ordinal) || p != p.Trim());
    }

    [Theory]
    [InlineData("periodico-austral-jsonld.html")]
    [InlineData("diario-costa-title-only.html")]
    [InlineData("ledger-share-bars.html")]
    [InlineData("gaceta-latin1.html")]
    [InlineData("dispatch-nested-comments.html")]
    public void No_page_chrome_reaches_the_body(string fixture)
    {
        var article = ParseFixture(fixture);

        foreach (var chrome in Chrome)
            Assert.DoesNotContain(article.Paragraphs, p => p.Contains(chrome, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(article.Paragraphs, p => p == article.Title);
    }

    [Fact]
    public void Removed_blocks_are_recorded_with_their_position_and_rule()
    {
        var article = ParseFixture("periodico-austral-jsonld.html");

        Assert.Contains(article.RemovedLines, l => l.Rule == "html:advertising" && l.Text == "Publicidad");
        Assert.Contains(article.RemovedLines, l => l.Rule == "html:title-repeat" && l.Text == article.Title);
        Assert.Contains(article.RemovedLines, l => l.Rule == "html:link-only" && l.Text == "Cumbre en Pyongyang");
        Assert.All(article.RemovedLines, l => Assert.True(l.LineNumber >= 1));
        Assert.Equal(article.RemovedLines.Select(l => l.LineNumber).Order(), article.RemovedLines.Select(l => l.LineNumber));
    }

    [Fact]
    public void Page_with_only_a_title_gets_the_headline_and_outlet_from_its_title_tag()
    {
        var article = ParseFixture("diario-costa-title-only.html");

        Assert.Equal("El puerto de Valdemar bate su récord de tráfico de contenedores", article.Title);
        Assert.Equal("Diario La Costa", article.OutletName);
        Assert.Equal("es", article.Language);
        Assert.Null(article.Byline);
        Assert.Null(article.PublishedAt);
        Assert.Null(article.CanonicalUrl);
        Assert.StartsWith("El puerto de Valdemar cerró el mes de mayo con un movimiento de 412.000 contenedores", article.Paragraphs[0]);
        Assert.StartsWith("La previsión de la Autoridad Portuaria es cerrar el año", article.Paragraphs[^1]);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Contains(article.RemovedLines, l => l.Rule == "html:related" && l.Text.StartsWith("Te puede interesar", StringComparison.Ordinal));
    }

    [Fact]
    public void Heavy_share_bars_go_but_paragraphs_that_mention_the_networks_stay()
    {
        var article = ParseFixture("ledger-share-bars.html");

        Assert.Equal("City council approves congestion charge after marathon session", article.Title);
        Assert.Equal("Hannah Okafor", article.Byline);
        Assert.Equal(new DateTime(2024, 3, 5, 21, 15, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("The Northern Ledger", article.OutletName);
        Assert.Equal("https://www.northernledger.co.uk/news/local/city-council-approves-congestion-charge-48213", article.CanonicalUrl);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("Councillors voted 31 to 24 in favour", article.Paragraphs[0]);
        Assert.Equal("The charge still needs final approval from the regional transport authority, which is expected to consider it in the autumn.", article.Paragraphs[^1]);
        Assert.Contains(article.Paragraphs, p => p.Contains("shared their views on Facebook and Twitter", StringComparison.Ordinal));
        Assert.Equal(7, article.Paragraphs.Count);
    }

    [Fact]
    public void Malformed_json_ld_is_ignored_and_open_graph_used()
    {
        var article = ParseFixture("ledger-share-bars.html");

        Assert.DoesNotContain("Broken", article.Title, StringComparison.Ordinal);
        Assert.NotEqual("Nobody", article.Byline);
    }

    [Fact]
    public void Section_front_is_not_an_article()
    {
        var result = Format.Parse(Read("cronica-section-front.html"), "cronica-section-front.html");

        Assert.Null(result.Article);
        Assert.Contains("section front", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_page_is_decoded_from_its_meta_charset()
    {
        var bytes = Read("gaceta-latin1.html");
        Assert.Equal((byte)0xF1, bytes[Encoding.Latin1.GetString(bytes).IndexOf("Coruña", StringComparison.Ordinal) + 4]);

        var article = ParseFixture("gaceta-latin1.html");

        Assert.Equal("Corea del Norte celebra la visita de Putin con un desfile", article.Title);
        Assert.Equal("José Ibáñez Peña", article.Byline);
        Assert.Equal(new DateTime(2024, 6, 19, 13, 30, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("La Gaceta del Sureste", article.OutletName);
        Assert.Equal("es", article.Language);
        Assert.StartsWith("Decenas de miles de norcoreanos llenaron este miércoles la plaza Kim Il-sung", article.Paragraphs[0]);
        Assert.Contains(article.Paragraphs, p => p.Contains("natural de La Coruña", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("Corea del Sur", StringComparison.Ordinal));
        Assert.StartsWith("Tras el desfile, ambos líderes", article.Paragraphs[^1]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_order_mark_wins_over_a_wrong_meta_charset()
    {
        var html = Page("""<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>La cosecha de Logroño</title>""");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        var article = Format.Parse(bytes, "page.html").Article;

        Assert.NotNull(article);
        Assert.Equal("La cosecha de Logroño", article.Title);
    }

    [Fact]
    public void Comments_in_a_nested_article_stay_out_of_the_body()
    {
        var article = ParseFixture("dispatch-nested-comments.html");

        Assert.Equal("Inside the desert town betting its future on lithium", article.Title);
        Assert.Equal("Maria Gonzalez", article.Byline);
        Assert.Equal(new DateTime(2024, 5, 2, 11, 0, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("World Dispatch", article.OutletName);
        Assert.Equal("https://www.worlddispatch.com/reports/2024/05/02/desert-town-lithium", article.CanonicalUrl);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("SALAR VERDE, Nevada — At six in the morning", article.Paragraphs[0]);
        Assert.EndsWith("“I just don’t know yet if we got a good price.”", article.Paragraphs[^1]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("water table has been dropping", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("hydrology study comes out", StringComparison.Ordinal));
        Assert.Contains(article.RemovedLines, l => l.Rule == "html:caption");
    }

    [Fact]
    public void Comment_threads_without_telltale_class_names_are_removed_through_their_microdata()
    {
        var comments = """
            <section id="reacciones">
              <div itemscope itemtype="https://schema.org/Comment"><p>Completely agree with every word of this piece, the parliament should have acted many years earlier than this and the caps should be even lower than they are.</p></div>
            </section>
            """;

        var article = ParseHtml(Page("<title>Water law approved</title>", comments)).Article;

        Assert.NotNull(article);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Completely agree", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_noise_rules_are_applied_to_every_block_and_named_in_the_record()
    {
        var format = new HtmlArticleFormat(line => line.StartsWith("Farmers' associations", StringComparison.Ordinal) ? "promo:test" : null);

        var article = format.Parse(Encoding.UTF8.GetBytes(Page("<title>Water law approved</title>")), "page.html").Article;

        Assert.NotNull(article);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Farmers' associations", StringComparison.Ordinal));
        var removed = Assert.Single(article.RemovedLines);
        Assert.Equal("promo:test", removed.Rule);
        Assert.Equal(3, removed.LineNumber);
    }

    [Fact]
    public void Page_of_long_links_is_not_an_article()
    {
        var links = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"""<p><a href="/story/{i}">Story {i}: the regional parliament approved a new law on groundwater today after a long debate, and farmers' associations say they will challenge the caps in court next month</a></p>"""));

        var result = ParseHtml($"<html><head><title>Latest stories</title></head><body><div class=\"content\">{links}</div></body></html>");

        Assert.Null(result.Article);
        Assert.Contains("mostly links", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_wall_saved_instead_of_the_article_is_not_an_article()
    {
        var wall = """
            <html lang="es"><head><title>Antes de continuar</title></head><body><div class="wall">
            <p>Utilizamos cookies y datos para ofrecer y mantener nuestros servicios, hacer un seguimiento de las interrupciones y protegernos frente al spam, el fraude y los abusos, y medir la participación de la audiencia y las estadísticas del sitio para entender cómo se utilizan nuestros servicios y mejorar su calidad.</p>
            <p>Usamos cookies y datos para desarrollar y mejorar nuestros servicios, mostrar anuncios personalizados en función de la configuración y de tu actividad, y, si seleccionas Aceptar todo, para mostrar contenido y anuncios personalizados según tu actividad.</p>
            </div></body></html>
            """;

        var result = ParseHtml(wall);

        Assert.Null(result.Article);
        Assert.Contains("too little text", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_any_title_gets_one_derived_from_its_first_sentence()
    {
        var article = ParseHtml(Page("")).Article;

        Assert.NotNull(article);
        Assert.True(article.TitleDerived);
        Assert.Equal("The regional parliament approved the new water law on Thursday after a debate that lasted…", article.Title);
    }
}
