using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Api;

[Collection(ArchiveApp.Collection)]
public sealed class ArticlesApiTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task List_returns_a_page_of_articles_newest_first_in_camel_case()
    {
        var outlet = await app.AddOutletAsync("Agencia API");
        var articles = await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Primera noticia").From(outlet),
            new ArticleBuilder().Titled("Segunda noticia", derived: true).From(outlet).InLanguage("en"),
            new ArticleBuilder().Titled("Tercera noticia").From(outlet));

        using var response = await app.CreateClient().GetAsync($"/api/articles?outlet={outlet.Slug}&pageSize=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        using var json = await JsonAsync(response);
        var root = json.RootElement;
        Assert.Equal(["total", "page", "pageSize", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(2, root.GetProperty("pageSize").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Tercera noticia", "Segunda noticia"], items.Select(i => i.GetProperty("title").GetString()));

        var second = items[1];
        var stored = articles[1];
        Assert.Equal(
            ["id", "slug", "title", "titleDerived", "language", "outlet", "outletSlug", "wordCount", "importedAt"],
            second.EnumerateObject().Select(p => p.Name));
        Assert.Equal(stored.Id, second.GetProperty("id").GetInt32());
        Assert.Equal("segunda-noticia", second.GetProperty("slug").GetString());
        Assert.True(second.GetProperty("titleDerived").GetBoolean());
        Assert.Equal("en", second.GetProperty("language").GetString());
        Assert.Equal("Agencia API", second.GetProperty("outlet").GetString());
        Assert.Equal(outlet.Slug, second.GetProperty("outletSlug").GetString());
        Assert.Equal(stored.WordCount, second.GetProperty("wordCount").GetInt32());
        Assert.Equal(stored.ImportedAt, second.GetProperty("importedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task List_filters_by_language_and_pages_on()
    {
        var outlet = await app.AddOutletAsync("Agencia Filtro");
        await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Uno").From(outlet).InLanguage("en"),
            new ArticleBuilder().Titled("Dos").From(outlet).InLanguage("es"),
            new ArticleBuilder().Titled("Tres").From(outlet).InLanguage("en"));

        using var response = await app.CreateClient().GetAsync($"/api/articles?outlet={outlet.Slug}&lang=en&page=2&pageSize=1");

        using var json = await JsonAsync(response);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(["Uno"], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("1000", 200)]
    [InlineData("0", 1)]
    [InlineData("-5", 1)]
    public async Task Page_size_is_clamped_to_1_through_200(string pageSize, int expected)
    {
        using var response = await app.CreateClient().GetAsync($"/api/articles?pageSize={pageSize}");

        using var json = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, json.RootElement.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=dos", "page")]
    [InlineData("pageSize=many", "pageSize")]
    [InlineData("lang=fr", "lang")]
    [InlineData("outlet=no-such-outlet", "outlet")]
    public async Task Bad_parameters_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        using var response = await app.CreateClient().GetAsync($"/api/articles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = await JsonAsync(response);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Detail_adds_paragraphs_source_and_removed_lines()
    {
        var outlet = await app.AddOutletAsync("Agencia Detalle");
        var article = await app.AddArticleAsync(new ArticleBuilder()
            .Titled("Putin visita Pyongyang")
            .From(outlet)
            .WithParagraphs("Párrafo uno.", "Párrafo dos.")
            .WithRemovedLine(3, "Lee también: otra noticia", "read-also")
            .WithSource(new DateTime(2024, 6, 19, 8, 30, 0, DateTimeKind.Utc), "Agencias", "https://example.com/putin"));

        using var response = await app.CreateClient().GetAsync($"/api/articles/{article.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await JsonAsync(response);
        var root = json.RootElement;
        Assert.Equal(article.Id, root.GetProperty("id").GetInt32());
        Assert.Equal("Putin visita Pyongyang", root.GetProperty("title").GetString());
        Assert.Equal("Agencia Detalle", root.GetProperty("outlet").GetString());
        Assert.Equal(["Párrafo uno.", "Párrafo dos."], root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(article.SourceFile, root.GetProperty("sourceFile").GetString());
        Assert.Equal("2024-06-19T08:30:00Z", root.GetProperty("publishedAt").GetString());
        Assert.Equal("Agencias", root.GetProperty("byline").GetString());
        Assert.Equal("https://example.com/putin", root.GetProperty("canonicalUrl").GetString());
        var removed = Assert.Single(root.GetProperty("removedLines").EnumerateArray());
        Assert.Equal(["lineNumber", "text", "rule"], removed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, removed.GetProperty("lineNumber").GetInt32());
        Assert.Equal("Lee también: otra noticia", removed.GetProperty("text").GetString());
        Assert.Equal("read-also", removed.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Json_keeps_spanish_letters_readable()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().Titled("Año de campaña en Pyongyang"));

        using var response = await app.CreateClient().GetAsync($"/api/articles/{article.Id}");

        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Año de campaña en Pyongyang", json.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("\\u00F1", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/articles/987654321")]
    [InlineData("/api/articles/not-a-number")]
    [InlineData("/api/no-such-thing")]
    public async Task Unknown_resources_are_404_problem_details(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = await JsonAsync(response);
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task An_exception_is_a_500_problem_without_details()
    {
        await using var throwing = app.WithThrowingEndpoints();

        using var response = await throwing.CreateClient().GetAsync("/api/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Kaboom", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
}
