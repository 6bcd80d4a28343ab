using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Search;

[Collection(ArchiveApp.Collection)]
public sealed class SearchApiTests(ArchiveAppFactory app)
{
    [Theory]
    [InlineData("corea del norte")]
    [InlineData("\"Corea del Norte\"")]
    [InlineData("pactos")]
    [InlineData("putin OR kim")]
    [InlineData("sovi*")]
    [InlineData("Rusía")]
    [InlineData("rusia -ucraniaxyz")]
    public async Task Seeds_are_found_by_accent_free_stemmed_and_boolean_queries(string query)
    {
        await app.WaitForSearchIndexAsync();

        var seedIds = await app.ExecuteDbContextAsync(db => db.Articles.Where(a => a.ImportRun!.Source == "seeds").Select(a => a.Id).ToListAsync());

        var result = await SearchAsync($"q={Uri.EscapeDataString(query)}&lang=es&pageSize=100");

        var seedHits = result.GetProperty("items").EnumerateArray().Where(i => seedIds.Contains(i.GetProperty("id").GetInt32())).ToList();
        Assert.NotEmpty(seedHits);
        Assert.All(seedHits, h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facets_count_the_whole_result_set_and_filters_combine()
    {
        var fox = await app.AddOutletAsync("Fox Facetas");
        var bbc = await app.AddOutletAsync("BBC Facetas");
        await app.AddArticlesAsync(
            new ArticleBuilder().From(fox).InLanguage("es").WithParagraphs("El zorzalcelestino canta en la sierra."),
            new ArticleBuilder().From(fox).InLanguage("en").WithParagraphs("The zorzalcelestino sings in the hills."),
            new ArticleBuilder().From(bbc).InLanguage("en").WithParagraphs("A zorzalcelestino was seen again."));
        await app.WaitForSearchIndexAsync();

        var all = await SearchAsync("q=zorzalcelestino");
        var foxEnglish = await SearchAsync("q=zorzalcelestino&outlet=Fox%20Facetas&lang=en");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, all.GetProperty("facets").GetProperty("outlet").GetProperty("Fox Facetas").GetInt32());
        Assert.Equal(1, all.GetProperty("facets").GetProperty("outlet").GetProperty("BBC Facetas").GetInt32());
        Assert.Equal(2, all.GetProperty("facets").GetProperty("language").GetProperty("en").GetInt32());
        Assert.Equal(1, all.GetProperty("facets").GetProperty("language").GetProperty("es").GetInt32());
        Assert.Equal(1, foxEnglish.GetProperty("total").GetInt32());
        Assert.Equal("en", foxEnglish.GetProperty("items")[0].GetProperty("language").GetString());
        Assert.Equal("Fox Facetas", foxEnglish.GetProperty("items")[0].GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task A_query_of_only_punctuation_answers_400_with_problem_details_and_warnings()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString("OR OR -")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Contains("DanglingOperator", body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Theory]
    [InlineData("sort=newest")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("pageSize=many")]
    public async Task Bad_paging_or_order_values_answer_400(string parameters)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/search?q=putin&{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_half_broken_query_answers_200_with_its_warnings_and_best_reading()
    {
        await app.WaitForSearchIndexAsync();

        var result = await SearchAsync($"q={Uri.EscapeDataString("\"corea del")}");

        Assert.Contains("UnbalancedQuote", result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.False(string.IsNullOrEmpty(result.GetProperty("query").GetString()));
    }

    [Fact]
    public async Task Csv_export_round_trips_through_a_csv_parser_with_the_bom_and_accents()
    {
        var outlet = await app.AddOutletAsync("Exportación Diaria");
        await app.AddArticlesAsync(
            new ArticleBuilder().From(outlet).Titled("Año de «exportación», con comas, y \"comillas\"")
                .WithParagraphs("El qüestorexportado habló en Peñíscola.", "Segunda línea con ñandú."),
            new ArticleBuilder().From(outlet).WithParagraphs("Otro qüestorexportado más."));
        await app.WaitForSearchIndexAsync();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/search/export?q=questorexportado&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=archive-search-", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { AllowLineBreaksInQuotes = true });
        csv.ReadHeader();
        var headers = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(headers.ToDictionary(h => h, h => csv.GetString(h)));
        Assert.Equal(2, rows.Count);
        Assert.Equal(["id", "permalink", "title", "outlet", "language", "date", "wordCount", "snippet", "text", "dateSource"], rows[0].Keys);
        var quoted = Assert.Single(rows, r => (r["title"]).StartsWith("Año", StringComparison.Ordinal));
        Assert.Equal("Año de «exportación», con comas, y \"comillas\"", quoted["title"]);
        Assert.Equal("Exportación Diaria", quoted["outlet"]);
        Assert.Contains("Peñíscola", quoted["text"], StringComparison.Ordinal);
        Assert.Contains("ñandú", quoted["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", quoted["snippet"], StringComparison.Ordinal);
        Assert.Contains($"/articles/{quoted["id"]}/", quoted["permalink"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_export_is_an_array_of_every_hit()
    {
        var outlet = await app.AddOutletAsync("Json Export");
        await app.AddArticlesAsync(
            new ArticleBuilder().From(outlet).WithParagraphs("La palabra jsonexportable aparece aquí."),
            new ArticleBuilder().From(outlet).WithParagraphs("Y jsonexportable aparece también aquí."));
        await app.WaitForSearchIndexAsync();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/search/export?q=jsonexportable&format=json");
        var rows = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("Json Export", r.GetProperty("outlet").GetString()));
        Assert.All(rows.EnumerateArray(), r => Assert.Contains("jsonexportable", r.GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_by_page_number_and_by_cursor_reaches_every_hit_once()
    {
        var outlet = await app.AddOutletAsync("Paginado");
        await app.AddArticlesAsync([.. Enumerable.Range(0, 5).Select(i => new ArticleBuilder().From(outlet).WithParagraphs($"Texto qwpaginable número {i}."))]);
        await app.WaitForSearchIndexAsync();

        var page1 = await SearchAsync("q=qwpaginable&pageSize=2&sort=date");
        var page3 = await SearchAsync("q=qwpaginable&pageSize=2&sort=date&page=3");
        var page2ByCursor = await SearchAsync($"q=qwpaginable&pageSize=2&sort=date&cursor={Uri.EscapeDataString(page1.GetProperty("nextCursor").GetString()!)}");

        Assert.Equal(5, page1.GetProperty("total").GetInt32());
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        var ids = new[] { page1, page2ByCursor, page3 }.SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(5, ids.Distinct().Count());
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/api/search?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/search?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
