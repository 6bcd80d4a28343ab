using AngleSharp.Html.Parser;
using Archive.Core.Importing.Html;

namespace Archive.Core.Tests.Importing.Html;

public sealed class HtmlPageMetadataTests
{
    private static HtmlPageMetadata Read(string head, string body = "", string htmlAttributes = "")
    {
        using var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html{htmlAttributes}><head>{head}</head><body>{body}</body></html>");
        return HtmlPageMetadata.Read(document);
    }

    private static string JsonLd(string json) => $"""<script type="application/ld+json">{json}</script>""";

    [Fact]
    public void Json_ld_author_can_be_a_string_an_object_or_a_mixed_array()
    {
        Assert.Equal("Ana Ruiz", Read(JsonLd("""{"@type":"NewsArticle","author":"Ana Ruiz"}""")).Byline);
        Assert.Equal("Ana Ruiz", Read(JsonLd("""{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Ruiz"}}""")).Byline);
        Assert.Equal(
            "Ana Ruiz, Tom Berg, Agencia EFE",
            Read(JsonLd("""{"@type":"NewsArticle","author":[{"name":"Ana Ruiz"},"Tom Berg",{"@type":"Organization","name":"Agencia EFE"},{"name":"Ana Ruiz"}]}""")).Byline);
    }

    [Fact]
    public void Json_ld_article_is_found_inside_graphs_arrays_and_type_lists()
    {
        var graph = JsonLd("""{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Wrong"},{"@type":"Article","headline":"Graph headline"}]}""");
        var array = JsonLd("""[{"@type":"Organization","name":"Wrong"},{"@type":["ReportageNewsArticle","CreativeWork"],"headline":"Array headline"}]""");

        Assert.Equal("Graph headline", Read(graph).Title);
        Assert.Equal("Array headline", Read(array).Title);
    }

    [Fact]
    public void Json_ld_supplies_date_publisher_language_and_address()
    {
        var metadata = Read(JsonLd("""
            {"@type":"NewsArticle","headline":"Titular &amp; más","datePublished":"2024-06-19T10:42:17+02:00",
             "publisher":{"@type":"Organization","name":"Diario Uno"},"inLanguage":"es-AR",
             "mainEntityOfPage":{"@type":"WebPage","@id":"https://diariouno.example/nota/1"}}
            """));

        Assert.Equal("Titular & más", metadata.Title);
        Assert.Equal(new DateTime(2024, 6, 19, 8, 42, 17, DateTimeKind.Utc), metadata.PublishedAt);
        Assert.Equal("Diario Uno", metadata.OutletName);
        Assert.Equal("es", metadata.Language);
        Assert.Equal("https://diariouno.example/nota/1", metadata.CanonicalUrl);
    }

    [Fact]
    public void Unparseable_json_ld_falls_back_to_the_next_block_then_to_meta_tags()
    {
        var metadata = Read(
            JsonLd("""{"@type":"NewsArticle","headline":"Unterminated""") +
            JsonLd("""{"@type":"NewsArticle","headline":"Second block",}""") +
            """<meta property="og:title" content="OG title">""");

        Assert.Equal("Second block", metadata.Title);
        Assert.Equal("OG title", Read(JsonLd("not json") + """<meta property="og:title" content="OG title">""").Title);
    }

    [Fact]
    public void Open_graph_fields_are_read_and_profile_urls_are_not_taken_for_authors()
    {
        var metadata = Read("""
            <meta property="og:title" content="OG headline">
            <meta property="og:site_name" content="The Courier">
            <meta property="article:published_time" content="2024-01-31T23:30:00-05:00">
            <meta property="article:author" content="https://www.facebook.com/thecourier">
            <meta property="article:author" content="Jo Smith">
            <meta property="og:locale" content="en_GB">
            <meta property="og:url" content="https://courier.example/a/1">
            """);

        Assert.Equal("OG headline", metadata.Title);
        Assert.Equal("The Courier", metadata.OutletName);
        Assert.Equal(new DateTime(2024, 2, 1, 4, 30, 0, DateTimeKind.Utc), metadata.PublishedAt);
        Assert.Equal("Jo Smith", metadata.Byline);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("https://courier.example/a/1", metadata.CanonicalUrl);
    }

    [Fact]
    public void Dublin_core_is_used_when_nothing_richer_is_declared()
    {
        var metadata = Read("""
            <title>Other – Site</title>
            <meta name="DC.title" content="DC headline">
            <meta name="DC.creator" content="Por Marta Gil">
            <meta name="DC.date" content="2023-11-02">
            <meta name="DC.publisher" content="Heraldo del Valle">
            <meta name="DC.language" content="spa">
            """);

        Assert.Equal("DC headline", metadata.Title);
        Assert.Equal("Marta Gil", metadata.Byline);
        Assert.Equal(new DateTime(2023, 11, 2, 0, 0, 0, DateTimeKind.Utc), metadata.PublishedAt);
        Assert.Equal("Heraldo del Valle", metadata.OutletName);
        Assert.Equal("es", metadata.Language);
    }

    [Fact]
    public void Canonical_link_wins_over_og_url_and_relative_addresses_are_ignored()
    {
        Assert.Equal(
            "https://a.example/canonical",
            Read("""<link rel="canonical" href="https://a.example/canonical"><meta property="og:url" content="https://a.example/og">""").CanonicalUrl);
        Assert.Equal(
            "https://a.example/og",
            Read("""<link rel="canonical" href="/relative"><meta property="og:url" content="https://a.example/og">""").CanonicalUrl);
    }

    [Fact]
    public void Html_lang_wins_over_og_locale_and_other_languages_keep_their_code()
    {
        Assert.Equal("en", Read("""<meta property="og:locale" content="es_ES">""", htmlAttributes: " lang=\"en-US\"").Language);
        Assert.Equal("pt", Read("", htmlAttributes: " lang=\"pt-BR\"").Language);
        Assert.Null(Read("", htmlAttributes: " lang=\"x\"").Language);
        Assert.Null(Read("").Language);
    }

    [Theory]
    [InlineData("Putin llega a Pyongyang | El País", null, "Putin llega a Pyongyang", "El País")]
    [InlineData("Putin arrives in Pyongyang - BBC News", null, "Putin arrives in Pyongyang", "BBC News")]
    [InlineData("El puerto bate su récord – Diario X", null, "El puerto bate su récord", "Diario X")]
    [InlineData("El País | Putin llega a Pyongyang", "El País", "Putin llega a Pyongyang", "El País")]
    [InlineData("Kim Jong-un recibe a Putin", null, "Kim Jong-un recibe a Putin", null)]
    [InlineData("Putin - Kim: la cumbre que inquieta a Seúl, Tokio y Washington", null, "Putin - Kim: la cumbre que inquieta a Seúl, Tokio y Washington", null)]
    public void Site_name_suffix_is_cut_from_the_title(string title, string? siteName, string expectedTitle, string? expectedSite)
    {
        var (headline, site) = HtmlPageMetadata.SplitSiteName(title, siteName, h1: null);

        Assert.Equal(expectedTitle, headline);
        Assert.Equal(expectedSite, site);
    }

    [Fact]
    public void H1_tells_which_part_of_the_title_is_the_headline()
    {
        var (headline, site) = HtmlPageMetadata.SplitSiteName(
            "Un pacto de defensa mutua - Crónica Digital de la Comarca del Bajo Segura",
            knownSiteName: null,
            h1: "Un pacto de defensa mutua");

        Assert.Equal("Un pacto de defensa mutua", headline);
        Assert.Equal("Crónica Digital de la Comarca del Bajo Segura", site);
    }

    [Fact]
    public void H1_is_the_last_resort_for_the_title()
    {
        Assert.Equal("Headline from h1", Read("", "<h1>Headline   from\n h1</h1>").Title);
    }

    [Fact]
    public void Article_heading_is_preferred_to_a_logo_heading_in_the_masthead()
    {
        var metadata = Read("", """<header><h1 class="logo">Diario Uno</h1></header><article><h1>La cosecha se adelanta</h1></article>""");

        Assert.Equal("La cosecha se adelanta", metadata.Title);
    }

    [Theory]
    [InlineData("2024-06-19T10:42:17+0200", "2024-06-19T08:42:17Z")]
    [InlineData("2024-06-19T10:42:17.500Z", "2024-06-19T10:42:17.5Z")]
    [InlineData("2024-06-19", "2024-06-19T00:00:00Z")]
    public void Published_time_is_converted_to_utc(string declared, string expectedUtc)
    {
        var metadata = Read($"""<meta property="article:published_time" content="{declared}">""");

        Assert.Equal(DateTime.Parse(expectedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), metadata.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, metadata.PublishedAt!.Value.Kind);
    }

    [Theory]
    [InlineData("19/06/2024")]
    [InlineData("yesterday")]
    [InlineData("2024-13-45T99:00:00Z")]
    public void Dates_that_are_not_iso_8601_are_ignored(string declared)
    {
        Assert.Null(Read($"""<meta property="article:published_time" content="{declared}">""").PublishedAt);
    }
}
