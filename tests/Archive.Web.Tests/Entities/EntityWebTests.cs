using System.Net;
using System.Text.Json;
using Archive.Core.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Entities;

/// <summary>Entities where readers see them: the article API and page, the search filter and facets, the entity page.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class EntityWebTests(ArchiveAppFactory app)
{
    private async Task<(Core.Articles.Outlet Outlet, IReadOnlyList<Core.Articles.Article> Articles)> AddKoreaArticlesAsync(string outletName)
    {
        var outlet = await app.AddOutletAsync(outletName);
        var articles = await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Tensión en la península").From(outlet).InLanguage("es")
                .WithSource(publishedAt: new DateTime(2024, 6, 18, 0, 0, 0, DateTimeKind.Utc))
                .WithParagraphs("El ministro Leopoldo Quintanar Arrieta viajó a Corea del Norte. Quintanar se reunió con funcionarios en Pionyang."),
            new ArticleBuilder().Titled("Tension on the peninsula").From(outlet).InLanguage("en")
                .WithSource(publishedAt: new DateTime(2024, 7, 2, 0, 0, 0, DateTimeKind.Utc))
                .WithParagraphs("Minister Leopoldo Quintanar Arrieta travelled to North Korea. Quintanar met officials in Pyongyang."),
            new ArticleBuilder().Titled("Otra cosa").From(outlet).InLanguage("es").WithParagraphs("Nada que ver con la península, dijo un vecino de la calle."));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StoredArticleEntities>().ExtractAsync();
        await app.WaitForSearchIndexAsync();
        await app.ForgetCachedPagesAsync();
        return (outlet, articles);
    }

    [Fact]
    public async Task Article_api_lists_the_entities_as_written_with_both_labels()
    {
        var (_, articles) = await AddKoreaArticlesAsync("Agencia Entidades API");

        using var response = await app.CreateClient().GetAsync($"/api/articles/{articles[0].Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var korea = Assert.Single(entities, e => e.GetProperty("slug").GetString() == "north-korea");
        Assert.Equal(["name", "type", "slug", "mentions", "labels"], korea.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Corea del Norte", korea.GetProperty("name").GetString());
        Assert.Equal("place", korea.GetProperty("type").GetString());
        Assert.Equal(1, korea.GetProperty("mentions").GetInt32());
        Assert.Equal("Corea del Norte", korea.GetProperty("labels").GetProperty("es").GetString());
        Assert.Equal("North Korea", korea.GetProperty("labels").GetProperty("en").GetString());
        var person = Assert.Single(entities, e => e.GetProperty("type").GetString() == "person");
        Assert.Equal("Leopoldo Quintanar Arrieta", person.GetProperty("name").GetString());
        Assert.Equal(2, person.GetProperty("mentions").GetInt32());
    }

    [Fact]
    public async Task Search_filters_by_entity_across_both_languages_and_counts_entity_facets()
    {
        var (outlet, articles) = await AddKoreaArticlesAsync("Agencia Entidades Busqueda");
        var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/search?outlet={outlet.Slug}&entity=place/north-korea");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(articles.Take(2).Select(a => a.Id).Order(), root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order());
        var facets = root.GetProperty("facets");
        Assert.Equal(2, facets.GetProperty("place").GetProperty("north-korea").GetInt32());
        Assert.Equal(2, facets.GetProperty("person").GetProperty("leopoldo-quintanar-arrieta").GetInt32());
        Assert.Equal(JsonValueKind.Object, facets.GetProperty("organization").ValueKind);

        // Repeated, every entity must be named; the page shows the same filter as a chip with the label.
        using var both = await client.GetAsync($"/api/search?outlet={outlet.Slug}&entity=place/north-korea&entity=person/leopoldo-quintanar-arrieta");
        using var bothJson = JsonDocument.Parse(await both.Content.ReadAsStringAsync());
        Assert.Equal(2, bothJson.RootElement.GetProperty("total").GetInt32());
        var page = await client.GetStringAsync($"/search?outlet={outlet.Slug}&entity=place/north-korea");
        Assert.Contains("data-filter=\"entity\"", page, StringComparison.Ordinal);
        Assert.Contains("data-facet=\"person\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_labels_for_a_search_come_from_one_query_and_only_for_the_pairs_asked()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.ArchiveDbContext>();
        Entity Make(EntityType type, string slug, string es, string en) =>
            new() { Type = type, Key = $"{type}/{slug}", Slug = slug, LabelEs = es, LabelEn = en };
        db.Entities.AddRange(
            Make(EntityType.Person, $"georgia-{run}", "Georgia (persona)", "Georgia (person)"),
            Make(EntityType.Place, $"georgia-{run}", "Georgia", "Georgia"),
            Make(EntityType.Place, $"tiflis-{run}", "Tiflis", "Tbilisi"));
        await db.SaveChangesAsync();
        var queries = scope.ServiceProvider.GetRequiredService<Archive.Web.Entities.EntityQueries>();

        var labels = await queries.ByTypeAndSlugAsync([(EntityType.Person, $"georgia-{run}"), (EntityType.Place, $"tiflis-{run}"), (EntityType.Organization, $"nadie-{run}")], default);

        // The place "georgia" shares a type with one pair and a slug with the other: asked by neither, it is left out.
        Assert.Equal(
            [(EntityType.Person, $"georgia-{run}", "Georgia (persona)"), (EntityType.Place, $"tiflis-{run}", "Tbilisi")],
            labels.Select(l => (l.Key.Type, l.Key.Slug, l.Key.Type == EntityType.Person ? l.Value.LabelEs : l.Value.LabelEn)).OrderBy(l => l.Type));
        Assert.Empty(await queries.ByTypeAndSlugAsync([], default));
    }

    [Fact]
    public async Task A_malformed_entity_filter_is_a_400_that_names_it()
    {
        using var response = await app.CreateClient().GetAsync("/api/search?entity=planet/mars");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("entity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_page_lists_its_articles_in_both_languages_its_months_and_its_company()
    {
        var (_, articles) = await AddKoreaArticlesAsync("Agencia Entidades Pagina");

        using var response = await app.CreateClient().GetAsync("/entities/person/leopoldo-quintanar-arrieta");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tensión en la península", html, StringComparison.Ordinal);
        Assert.Contains("Tension on the peninsula", html, StringComparison.Ordinal);
        Assert.Contains("2024-06", html, StringComparison.Ordinal);
        Assert.Contains("2024-07", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/place/north-korea\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Otra cosa", html, StringComparison.Ordinal);
        Assert.Contains($"/articles/{articles[1].Id}/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_page_charts_its_articles_over_time_with_a_csv_of_the_same_counts()
    {
        await AddKoreaArticlesAsync("Agencia Entidades Tiempo");
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/entities/person/leopoldo-quintanar-arrieta");
        // Other tests name the same person in the shared archive: the chart counts what the search finds.
        using var search = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?entity=person/leopoldo-quintanar-arrieta&copies=all"));
        var total = search.RootElement.GetProperty("total").GetInt32();

        Assert.True(total >= 2);
        Assert.Contains("id=\"entity-timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-total=\"{total}\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/search/timeline?entity=person%2Fleopoldo-quintanar-arrieta", html, StringComparison.Ordinal);
        var csv = await client.GetStringAsync("/api/search/timeline?entity=person/leopoldo-quintanar-arrieta&interval=month&format=csv");
        Assert.Contains("2024-06-01", csv, StringComparison.Ordinal);
        Assert.Contains("2024-07-01", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/entities/planet/north-korea")]
    [InlineData("/entities/person/nobody-by-this-name")]
    public async Task An_unknown_entity_or_type_is_not_found(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_page_shows_a_line_of_its_entities()
    {
        var (_, articles) = await AddKoreaArticlesAsync("Agencia Entidades Articulo");

        var html = await app.CreateClient().GetStringAsync($"/articles/{articles[1].Id}/{articles[1].Slug}");

        Assert.Contains("id=\"article-entities\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/place/north-korea\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/person/leopoldo-quintanar-arrieta\"", html, StringComparison.Ordinal);
    }
}
