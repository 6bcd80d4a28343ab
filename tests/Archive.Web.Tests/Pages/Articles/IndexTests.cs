
namespace Archive.Web.Tests.Pages.Articles;

[Collection(ArchiveApp.Collection)]
public sealed class IndexTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Home_pages_twenty_articles_at_a_time_newest_import_first()
    {
        var outlet = await app.AddOutletAsync("Gaceta de Paginación");
        var articles = await app.AddArticlesAsync(
            Enumerable.Range(1, 25).Select(n => new ArticleBuilder().Titled($"Crónica paginada {n:00}").From(outlet)).ToArray());
        var newestFirst = articles.OrderByDescending(a => a.ImportedAt).Select(a => a.Title).ToList();
        var client = app.CreateClient();

        var first = await client.GetDocumentAsync($"/?outlet={outlet.Slug}");
        var second = await client.GetDocumentAsync($"/?outlet={outlet.Slug}&page=2");

        Assert.Equal(newestFirst.Take(20), first.QuerySelectorAll("li.teaser h2 a").Select(a => a.Text()));
        Assert.Equal(newestFirst.Skip(20), second.QuerySelectorAll("li.teaser h2 a").Select(a => a.Text()));
        Assert.Equal("25 artículos", first.QuerySelector("#article-count")!.Text());
        Assert.Equal($"/?outlet={outlet.Slug}&page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current=page]")!.Text());
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task Each_row_links_the_title_and_shows_outlet_language_word_count_and_lead()
    {
        var outlet = await app.AddOutletAsync("Diario de Filas");
        var article = await app.AddArticleAsync(new ArticleBuilder()
            .Titled("Kim recibe a Putin en Pyongyang")
            .From(outlet)
            .WithParagraphs("Putin llegó de madrugada a la capital norcoreana.", "Kim lo esperaba en el aeropuerto."));

        var page = await app.CreateClient().GetDocumentAsync($"/?outlet={outlet.Slug}");

        var row = Assert.Single(page.QuerySelectorAll("li.teaser"));
        var link = row.QuerySelector("h2 a")!;
        Assert.Equal("Kim recibe a Putin en Pyongyang", link.Text());
        Assert.Equal($"/articles/{article.Id}/kim-recibe-a-putin-en-pyongyang", link.GetAttribute("href"));
        Assert.Equal("Diario de Filas", row.QuerySelector(".outlet")!.Text());
        Assert.Equal("Español", row.QuerySelector(".language")!.Text());
        Assert.Equal("14 palabras", row.QuerySelector(".words")!.Text());
        Assert.Equal("Putin llegó de madrugada a la capital norcoreana.", row.QuerySelector(".lead")!.Text());
        Assert.Equal("es", row.QuerySelector(".lead")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Home_filters_by_language_and_keeps_the_choice_selected()
    {
        var outlet = await app.AddOutletAsync("Tribuna Bilingüe");
        await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Noticia en español").InLanguage("es").From(outlet),
            new ArticleBuilder().Titled("News in English").InLanguage("en").From(outlet),
            new ArticleBuilder().Titled("Otra noticia en español").InLanguage("es").From(outlet));

        var page = await app.CreateClient().GetDocumentAsync($"/?outlet={outlet.Slug}&lang=en");

        Assert.Equal(["News in English"], page.QuerySelectorAll("li.teaser h2 a").Select(a => a.Text()));
        Assert.Equal("en", page.QuerySelector("#filter-lang option[selected]")!.GetAttribute("value"));
        Assert.Equal(outlet.Slug, page.QuerySelector("#filter-outlet option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Outlet_dropdown_offers_every_outlet()
    {
        var outlet = await app.AddOutletAsync("El Mirador Desplegable");

        var page = await app.CreateClient().GetDocumentAsync("/");

        var option = page.QuerySelectorAll("#filter-outlet option").Single(o => o.GetAttribute("value") == outlet.Slug);
        Assert.Equal("El Mirador Desplegable", option.Text());
        Assert.Equal("lang", page.QuerySelector("form.filters select#filter-lang")!.GetAttribute("name"));
        Assert.Equal("get", page.QuerySelector("form.filters")!.GetAttribute("method"));
    }

    [Fact]
    public async Task An_unknown_outlet_is_named_instead_of_listing_everything()
    {
        var page = await app.CreateClient().GetDocumentAsync("/?outlet=no-such-outlet");

        Assert.Empty(page.QuerySelectorAll("li.teaser"));
        Assert.Equal("No hay ningún medio «no-such-outlet».", page.QuerySelector("p.notice")!.Text());
    }

    [Fact]
    public async Task A_page_past_the_end_offers_the_way_back()
    {
        var outlet = await app.AddOutletAsync("Hoja Final");
        await app.AddArticleAsync(new ArticleBuilder().From(outlet));

        var page = await app.CreateClient().GetDocumentAsync($"/?outlet={outlet.Slug}&page=9");

        Assert.Empty(page.QuerySelectorAll("li.teaser"));
        Assert.Equal($"/?outlet={outlet.Slug}", page.QuerySelector("p.notice a")!.GetAttribute("href"));
    }
}
