using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using CsvHelper;

namespace Archive.Web.Tests.Search;

/// <summary>Dates in /search, /api/search and the export: filter, facet, and which date a result shows.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class SearchDatesTests(ArchiveAppFactory app)
{
    private static readonly DateTime _june = new(2024, 6, 12, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime _march2023 = new(2023, 3, 3, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Three articles holding <paramref name="word"/>: published in June 2024, in March 2023, and undated (imported June 2024).</summary>
    private async Task AddDatedAsync(string word)
    {
        await app.AddArticlesAsync(
            new ArticleBuilder().Titled($"Junio {word}").WithParagraphs($"El {word} de junio.").WithSource(publishedAt: _june),
            new ArticleBuilder().Titled($"Marzo {word}").WithParagraphs($"El {word} de marzo.").WithSource(publishedAt: _march2023),
            new ArticleBuilder().Titled($"Sin fecha {word}").WithParagraphs($"El {word} sin fecha.").ImportedAt(new DateTime(2024, 6, 20, 0, 0, 0, DateTimeKind.Utc)));
        await app.WaitForSearchIndexAsync();
    }

    [Fact]
    public async Task The_api_filters_on_the_published_date_and_falls_back_to_the_import_date_only_when_asked()
    {
        await AddDatedAsync("qwfechaapi");

        var june = await SearchAsync("q=qwfechaapi&from=2024-06-01&to=2024-06-30");
        var juneOrImported = await SearchAsync("q=qwfechaapi&from=2024-06-01&to=2024-06-30&undated=imported");
        var year = await SearchAsync("q=qwfechaapi&from=2023&to=2023");
        var inQuery = await SearchAsync("q=qwfechaapi+date:..2023-12-31");

        Assert.Equal(["Junio qwfechaapi"], Titles(june));
        Assert.Equal(["Junio qwfechaapi", "Sin fecha qwfechaapi"], Titles(juneOrImported).Order(StringComparer.Ordinal));
        Assert.Equal(["Marzo qwfechaapi"], Titles(year));
        Assert.Equal(["Marzo qwfechaapi"], Titles(inQuery));
    }

    [Fact]
    public async Task Api_items_say_which_date_they_show_and_facets_count_years_and_months()
    {
        await AddDatedAsync("qwfechaitem");

        var result = await SearchAsync("q=qwfechaitem&sort=date");

        var items = result.GetProperty("items").EnumerateArray().ToList();
        var undated = Assert.Single(items, i => i.GetProperty("dateSource").GetString() == "imported");
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("publishedAt").ValueKind);
        Assert.Equal(undated.GetProperty("importedAt").GetDateTime(), undated.GetProperty("date").GetDateTime());
        var published = Assert.Single(items, i => i.GetProperty("title").GetString() == "Junio qwfechaitem");
        Assert.Equal("published", published.GetProperty("dateSource").GetString());
        Assert.Equal(_june, published.GetProperty("date").GetDateTime().ToUniversalTime());
        // Sorted by date: the undated one by its import date (20 June 2024), before the one published on 12 June.
        Assert.Equal(["Sin fecha qwfechaitem", "Junio qwfechaitem", "Marzo qwfechaitem"], Titles(result));
        var facets = result.GetProperty("facets");
        Assert.Equal(1, facets.GetProperty("year").GetProperty("2024").GetInt32());
        Assert.Equal(1, facets.GetProperty("year").GetProperty("2023").GetInt32());
        Assert.Equal(1, facets.GetProperty("month").GetProperty("2024-06").GetInt32());
        var withImported = await SearchAsync("q=qwfechaitem&undated=imported");
        Assert.Equal(2, withImported.GetProperty("facets").GetProperty("year").GetProperty("2024").GetInt32());
    }

    [Theory]
    [InlineData("from=junio", "from")]
    [InlineData("to=2024-02-30", "to")]
    [InlineData("from=2024-06-02&to=2024-06-01", "to")]
    [InlineData("undated=always", "undated")]
    public async Task Bad_date_parameters_answer_400_naming_the_parameter(string parameters, string name)
    {
        using var response = await app.CreateClient().GetAsync($"/api/search?q=kim&{parameters}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(name, out _));
    }

    [Fact]
    public async Task The_export_takes_the_same_date_filter_and_says_which_date_each_row_has()
    {
        await AddDatedAsync("qwfechaexport");
        using var client = app.CreateClient();

        var bytes = await client.GetByteArrayAsync("/api/search/export?q=qwfechaexport&from=2024-06-01&undated=imported&format=csv");
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { AllowLineBreaksInQuotes = true });
        csv.ReadHeader();
        var rows = new List<(string Title, string Source)>();
        while (csv.Read())
            rows.Add((csv.GetString("title"), csv.GetString("dateSource")));

        Assert.Equal([("Junio qwfechaexport", "published"), ("Sin fecha qwfechaexport", "imported")], rows.OrderBy(r => r.Title, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("es", "importado el", "Fechas: de publicación.")]
    [InlineData("en", "imported", "Dates: published.")]
    public async Task The_page_labels_import_dates_and_says_which_date_filtered(string language, string importedLabel, string basis)
    {
        await AddDatedAsync($"qwfechapagina{language}");

        var all = await GetPageAsync($"/search?q=qwfechapagina{language}", language);
        var filtered = await GetPageAsync($"/search?q=qwfechapagina{language}&from=2024-06-01&to=2024-06-30", language);

        var undated = all.QuerySelectorAll(".search-hit").Single(h => h.QuerySelector("h2")!.Text().StartsWith("Sin fecha", StringComparison.Ordinal));
        Assert.StartsWith(importedLabel, undated.QuerySelector(".imported-date")!.Text(), StringComparison.Ordinal);
        Assert.Single(all.QuerySelectorAll(".search-hit .imported-date"));
        Assert.Null(all.QuerySelector("#search-date-basis"));
        Assert.Equal(["2024", "2023"], all.QuerySelectorAll("[data-facet=date] > ul a").Select(a => a.GetAttribute("data-value")));
        Assert.StartsWith(basis, filtered.QuerySelector("#search-date-basis")!.Text(), StringComparison.Ordinal);
        Assert.Equal(1, filtered.QuerySelectorAll(".search-hit").Length);
        Assert.NotNull(filtered.QuerySelector(".search-chips a[data-filter=date]"));
        Assert.Equal(["2024-06"], filtered.QuerySelectorAll("[data-facet=date] .facet-months a").Select(a => a.GetAttribute("data-value")));
        Assert.Equal("2024-06-01", filtered.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-from")!.Value);
    }

    [Fact]
    public async Task A_year_of_the_date_facet_narrows_the_search_to_it()
    {
        await AddDatedAsync("qwfechafaceta");
        using var client = app.CreateClient();
        var all = await client.GetDocumentAsync("/search?q=qwfechafaceta");

        var href = all.QuerySelector("[data-facet=date] a[data-value='2023']")!.GetAttribute("href")!;
        var narrowed = await client.GetDocumentAsync(href);

        Assert.Contains("from=2023-01-01", href, StringComparison.Ordinal);
        Assert.Contains("to=2023-12-31", href, StringComparison.Ordinal);
        Assert.Equal(["Marzo qwfechafaceta"], narrowed.QuerySelectorAll(".search-hit h2").Select(h => h.Text().Trim()));
    }

    private async Task<IDocument> GetPageAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", language);
        using var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static List<string> Titles(JsonElement result) =>
        [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/api/search?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/search?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
