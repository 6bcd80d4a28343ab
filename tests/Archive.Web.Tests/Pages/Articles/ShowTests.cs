using System.Net;
using Archive.Core.Importing;

namespace Archive.Web.Tests.Pages.Articles;

[Collection(ArchiveApp.Collection)]
public sealed class ShowTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Article_page_shows_the_paragraphs_as_written_and_its_facts()
    {
        var outlet = await app.AddOutletAsync("La Voz del Artículo");
        var run = await app.ExecuteDbContextAsync(async db =>
        {
            var importRun = new ImportRun { Source = "tests", StartedAt = DateTime.UtcNow, Status = ImportRunStatus.Completed };
            db.ImportRuns.Add(importRun);
            await db.SaveChangesAsync();
            return importRun;
        });
        var article = await app.AddArticleAsync(new ArticleBuilder()
            .Titled("Putin y Kim firman un pacto de ayuda mutua")
            .From(outlet)
            .InImportRun(run.Id)
            .WithParagraphs("«Es un acuerdo histórico», dijo Putin.", "Kim habló de una <alianza> & algo más.")
            .WithSource(new DateTime(2024, 6, 19, 0, 0, 0, DateTimeKind.Utc), "Redacción Internacional", "https://example.com/pacto"));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        Assert.Equal("Putin y Kim firman un pacto de ayuda mutua", page.QuerySelector("article h1")!.Text());
        Assert.Equal(
            ["«Es un acuerdo histórico», dijo Putin.", "Kim habló de una <alianza> & algo más."],
            page.QuerySelectorAll(".article-body p").Select(p => p.Text()));
        Assert.Equal("es", page.QuerySelector(".article-body")!.GetAttribute("lang"));
        var facts = page.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.Text(), d => d.QuerySelector("dd")!);
        Assert.Equal("La Voz del Artículo", facts["Medio"].Text());
        Assert.Equal("Español", facts["Idioma"].Text());
        Assert.Equal("Redacción Internacional", facts["Firma"].Text());
        Assert.Equal("2024-06-19", facts["Publicado"].QuerySelector("time")!.GetAttribute("datetime")![..10]);
        Assert.Equal("https://example.com/pacto", facts["Dirección original"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/imports/{run.Id}", facts["Importado"].QuerySelector("a.import-run-link")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#title-derived"));
    }

    [Fact]
    public async Task Removed_lines_are_listed_with_line_and_rule_in_a_disclosure()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder()
            .WithRemovedLine(7, "Suscríbete a nuestro boletín", "promo")
            .WithRemovedLine(2, "Compartir en Facebook", "share-buttons"));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        var details = page.QuerySelector(".removed-lines details")!;
        Assert.Null(details.GetAttribute("open"));
        Assert.Equal("Mostrar lo que quitó el importador (2 líneas)", details.QuerySelector("summary")!.Text());
        var rows = details.QuerySelectorAll("tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.Text())))
            .ToList();
        Assert.Equal(["2 | Compartir en Facebook | share-buttons", "7 | Suscríbete a nuestro boletín | promo"], rows);
    }

    [Fact]
    public async Task A_single_removed_line_is_counted_in_the_singular()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().WithRemovedLine(4, "Publicidad", "promo"));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        Assert.Equal("Mostrar lo que quitó el importador (1 línea)", page.QuerySelector(".removed-lines summary")!.Text());
    }

    [Fact]
    public async Task An_article_with_nothing_removed_says_so()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder());

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        Assert.Null(page.QuerySelector(".removed-lines details"));
        Assert.Equal("El importador no quitó nada de este artículo.", page.QuerySelector(".removed-lines p")!.Text());
    }

    [Fact]
    public async Task A_derived_title_is_marked()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().Titled("El presidente ruso llegó a Pyongyang", derived: true));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        Assert.Equal("Título tomado de la primera frase: la fuente no tenía título.", page.QuerySelector("#title-derived")!.Text());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/un-titulo-antiguo")]
    public async Task A_missing_or_wrong_slug_redirects_permanently_to_the_canonical_address(string suffix)
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().Titled("Limusina rusa en Pyongyang"));

        using var response = await app.CreateClientWithoutRedirects().GetAsync($"/articles/{article.Id}{suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/articles/{article.Id}/limusina-rusa-en-pyongyang", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_canonical_url_that_is_not_http_is_shown_but_not_linked()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().WithSource(canonicalUrl: "javascript:alert(1)"));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        var address = page.QuerySelectorAll("dl.facts > div").Single(d => d.QuerySelector("dt")!.Text() == "Dirección original");
        Assert.Null(address.QuerySelector("a"));
        Assert.Equal("javascript:alert(1)", address.QuerySelector("dd")!.Text());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page()
    {
        using var response = await app.CreateClient().GetAsync("/articles/987654321/nada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Página no encontrada", page.QuerySelector("main h1")!.Text());
    }
}
