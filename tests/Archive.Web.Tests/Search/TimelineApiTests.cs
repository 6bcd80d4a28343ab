using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Articles;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Search;

/// <summary>GET /api/search/timeline: counts per published day, ISO week or month, exactly as the database has them.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class TimelineApiTests(ArchiveAppFactory app)
{
    /// <summary>
    /// 41 articles holding <paramref name="word"/>, published from 28 Dec 2023 to mid March 2024 at all hours
    /// (across a year end, ISO week 1 of 2024 starting on 1 January, and empty days), a third in English,
    /// every fourth from one outlet, every fifth tagged, and three without a published date.
    /// </summary>
    private Task<(IReadOnlyList<Article> Articles, string OutletSlug, string TagSlug)> AddSpreadAsync(string word) => AddSpreadAsync(app, word);

    private static async Task<(IReadOnlyList<Article> Articles, string OutletSlug, string TagSlug)> AddSpreadAsync(ArchiveAppFactory app, string word)
    {
        var outlet = await app.AddOutletAsync($"Diario {word}");
        var builders = new List<ArticleBuilder>();
        var start = new DateTime(2023, 12, 28, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 38; i++)
        {
            // Uneven gaps, and hours that put some articles at 23:xx, the edge of their day.
            var published = start.AddDays((i * 7 % 5) + (i * 2)).AddHours((i * 5) % 24).AddMinutes(i % 2 == 0 ? 59 : 0);
            var builder = new ArticleBuilder()
                .Titled($"Nota {i} {word}")
                .WithParagraphs($"La nota {word} número {i}.")
                .InLanguage(i % 3 == 0 ? "en" : "es")
                .WithSource(publishedAt: published);
            if (i % 4 == 0)
                builder = builder.From(outlet);
            builders.Add(builder);
        }
        for (var i = 0; i < 3; i++)
        {
            builders.Add(new ArticleBuilder().Titled($"Sin fecha {i} {word}").WithParagraphs($"Nota {word} sin fecha {i}.")
                .ImportedAt(new DateTime(2024, 2, 1 + i, 12, 0, 0, DateTimeKind.Utc)));
        }
        var articles = await app.AddArticlesAsync([.. builders]);
        var tag = await app.AddTagAsync($"Tiempo {word}", $"Time {word}");
        for (var i = 0; i < articles.Count; i += 5)
            await app.TagAsync(articles[i].Id, tag.Id);
        await app.WaitForSearchIndexAsync();
        return (articles, outlet.Slug, tag.Slug);
    }

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    public async Task Counts_per_interval_equal_the_published_dates_in_the_database(string interval)
    {
        var (articles, _, _) = await AddSpreadAsync($"qwtl{interval}");
        var ids = articles.Select(a => a.Id).ToHashSet();

        var answer = await TimelineAsync($"q=qwtl{interval}&interval={interval}");

        var stored = await PublishedAsync(a => ids.Contains(a.Id));
        Assert.Equal(interval, answer.GetProperty("interval").GetString());
        Assert.Equal(Expected(stored, interval), Buckets(answer));
        Assert.Equal(3, answer.GetProperty("undated").GetInt32());
        Assert.Equal(41, answer.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Weeks_start_on_monday_and_empty_buckets_between_the_first_and_last_are_zero()
    {
        await AddSpreadAsync("qwtlsemana");

        var buckets = Buckets(await TimelineAsync("q=qwtlsemana&interval=week"));

        // 28 Dec 2023 is a Thursday: its ISO week starts on Monday 25 December.
        Assert.Equal(new DateOnly(2023, 12, 25), buckets[0].Start);
        Assert.All(buckets, b => Assert.Equal(DayOfWeek.Monday, b.Start.DayOfWeek));
        Assert.All(buckets.Zip(buckets.Skip(1)), pair => Assert.Equal(pair.First.Start.AddDays(7), pair.Second.Start));
        var days = Buckets(await TimelineAsync("q=qwtlsemana&interval=day"));
        Assert.Contains(days, d => d.Count == 0);
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.Start.AddDays(1), pair.Second.Start));
    }

    [Fact]
    public async Task Every_search_filter_narrows_the_counts_as_it_narrows_the_results()
    {
        var (articles, outlet, tag) = await AddSpreadAsync("qwtlfiltro");
        var ids = articles.Select(a => a.Id).ToHashSet();
        var tagged = articles.Where((_, i) => i % 5 == 0).Select(a => a.Id).ToHashSet();
        var from = new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc);

        var english = await TimelineAsync("q=qwtlfiltro&lang=en&interval=week");
        var byOutlet = await TimelineAsync($"q=qwtlfiltro&outlet={outlet}&interval=day");
        var byTag = await TimelineAsync($"q=qwtlfiltro&tag={tag}&interval=month");
        var dated = await TimelineAsync("q=qwtlfiltro&from=2024-01-15&to=2024-02-29&interval=week");
        var inQuery = await TimelineAsync("q=qwtlfiltro+date:2024-01-15..2024-02-29&interval=week");
        var withImported = await TimelineAsync("q=qwtlfiltro&from=2024-01-15&to=2024-02-29&undated=imported&interval=week");

        Assert.Equal(Expected(await PublishedAsync(a => ids.Contains(a.Id) && a.Language == "en"), "week"), Buckets(english));
        Assert.Equal(Expected(await PublishedAsync(a => ids.Contains(a.Id) && a.Outlet != null && a.Outlet.Slug == outlet), "day"), Buckets(byOutlet));
        Assert.Equal(Expected(await PublishedAsync(a => tagged.Contains(a.Id)), "month"), Buckets(byTag));
        var inRange = Expected(await PublishedAsync(a => ids.Contains(a.Id) && a.PublishedAt >= from && a.PublishedAt < to.AddDays(1)), "week");
        Assert.Equal(inRange, Buckets(dated));
        Assert.Equal(inRange, Buckets(inQuery));
        Assert.Equal(0, dated.GetProperty("undated").GetInt32());
        // Judged by their import date (1–3 February), the undated ones come in, and are counted as undated.
        Assert.Equal(inRange, Buckets(withImported));
        Assert.Equal(3, withImported.GetProperty("undated").GetInt32());
    }

    [Fact]
    public async Task The_whole_archive_by_month_matches_the_database()
    {
        // An archive of its own: other tests write rows the index is not meant to see (crash and rebuild cases).
        await using var own = new ArchiveAppFactory();
        await AddSpreadAsync(own, "qwtlarchivo");

        using var response = await own.CreateClient().GetAsync("/api/search/timeline?interval=month");
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        var stored = await own.ExecuteDbContextAsync(db => db.Articles.Where(a => a.PublishedAt != null).Select(a => a.PublishedAt!.Value).ToListAsync());
        var total = await own.ExecuteDbContextAsync(db => db.Articles.CountAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Expected(stored, "month"), Buckets(answer));
        Assert.Equal(total - stored.Count, answer.GetProperty("undated").GetInt32());
        Assert.Equal(total, answer.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Without_an_interval_the_span_picks_one_and_the_answer_names_it()
    {
        await AddSpreadAsync("qwtlauto");

        var answer = await TimelineAsync("q=qwtlauto");
        var narrow = await TimelineAsync("q=qwtlauto&from=2024-01-01&to=2024-01-31");

        // Late December to mid March is under 92 days: days; January alone too.
        Assert.Equal("day", answer.GetProperty("interval").GetString());
        Assert.Equal("day", narrow.GetProperty("interval").GetString());
        Assert.All(Buckets(narrow), b => Assert.Equal(new DateOnly(2024, 1, 1), new DateOnly(b.Start.Year, b.Start.Month, 1)));
    }

    [Fact]
    public async Task The_csv_has_a_row_per_bucket_with_its_last_day_and_one_for_the_undated()
    {
        await AddSpreadAsync("qwtlcsv");
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/search/timeline?q=qwtlcsv&interval=month&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var json = Buckets(await TimelineAsync("q=qwtlcsv&interval=month"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        // No field needs quoting (dates and numbers), so lines split plainly.
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("start,end,count", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(
            [["2023-12-01", "2023-12-31"], ["2024-01-01", "2024-01-31"], ["2024-02-01", "2024-02-29"], ["2024-03-01", "2024-03-31"]],
            rows.SkipLast(1).Select(r => r[..2]));
        Assert.Equal(json.Select(b => b.Count.ToString(CultureInfo.InvariantCulture)), rows.SkipLast(1).Select(r => r[2]));
        Assert.Equal(["undated", "", "3"], rows[^1]);
    }

    [Theory]
    [InlineData("es", "interval=hora", "interval", "interval debe ser day, week, month o auto.")]
    [InlineData("en", "interval=hour", "interval", "interval must be day, week, month or auto.")]
    [InlineData("es", "format=xml", "format", "format debe ser json o csv.")]
    [InlineData("en", "from=junio", "from", "from must be a date written yyyy-MM-dd (or yyyy-MM, yyyy).")]
    [InlineData("es", "from=junio", "from", "from debe ser una fecha aaaa-mm-dd (o aaaa-mm, aaaa).")]
    [InlineData("es", "from=2024-06-02&to=2024-06-01", "to", "to debe ser una fecha aaaa-mm-dd (o aaaa-mm, aaaa) que no sea anterior a from.")]
    [InlineData("en", "undated=always", "undated", "undated must be exclude or imported.")]
    [InlineData("es", "sort=titulo", "sort", "sort debe ser relevance o date.")]
    public async Task Bad_parameters_answer_400_problem_details_in_the_readers_language(string language, string parameters, string name, string message)
    {
        using var response = await GetAsync($"/api/search/timeline?q=kim&{parameters}", language);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([message], body.GetProperty("errors").GetProperty(name).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(language == "es" ? "La petición tiene parámetros no válidos." : "The request has invalid parameters.", body.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("es", "La consulta solo tiene operadores o signos; escriba al menos una palabra.")]
    [InlineData("en", "The query holds only operators or punctuation; type at least one word.")]
    public async Task A_query_with_nothing_searchable_is_refused_in_the_readers_language(string language, string detail)
    {
        using var response = await GetAsync("/api/search/timeline?q=%22%22+OR", language);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Dates_spanning_more_buckets_than_the_limit_are_refused_with_a_way_out()
    {
        await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Antigua qwtllimite").WithParagraphs("Nota qwtllimite antigua.").WithSource(publishedAt: new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            new ArticleBuilder().Titled("Nueva qwtllimite").WithParagraphs("Nota qwtllimite nueva.").WithSource(publishedAt: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        await app.WaitForSearchIndexAsync();

        using var days = await GetAsync("/api/search/timeline?q=qwtllimite&interval=day", "en");
        var body = await days.Content.ReadFromJsonAsync<JsonElement>();
        var months = await TimelineAsync("q=qwtllimite&interval=month");
        var auto = await TimelineAsync("q=qwtllimite");

        Assert.Equal(HttpStatusCode.BadRequest, days.StatusCode);
        Assert.Contains("week, month", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((2024 - 1950) * 12 + 1, Buckets(months).Count);
        Assert.Equal("month", auto.GetProperty("interval").GetString());
    }

    private async Task<List<DateTime>> PublishedAsync(System.Linq.Expressions.Expression<Func<Article, bool>> which) =>
        await app.ExecuteDbContextAsync(db => db.Articles.Where(which).Where(a => a.PublishedAt != null).Select(a => a.PublishedAt!.Value).ToListAsync());

    /// <summary>Computed apart from the app's code: ISO weeks through System.Globalization.ISOWeek.</summary>
    private static List<(DateOnly Start, int Count)> Expected(List<DateTime> published, string interval)
    {
        DateOnly StartOf(DateTime d) => interval switch
        {
            "day" => DateOnly.FromDateTime(d),
            "week" => DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(d), ISOWeek.GetWeekOfYear(d), DayOfWeek.Monday)),
            _ => new DateOnly(d.Year, d.Month, 1),
        };
        DateOnly Next(DateOnly d) => interval switch { "day" => d.AddDays(1), "week" => d.AddDays(7), _ => d.AddMonths(1) };
        var counts = published.GroupBy(StartOf).ToDictionary(g => g.Key, g => g.Count());
        var buckets = new List<(DateOnly, int)>();
        if (counts.Count == 0)
            return buckets;
        for (var d = counts.Keys.Min(); d <= counts.Keys.Max(); d = Next(d))
            buckets.Add((d, counts.GetValueOrDefault(d)));
        return buckets;
    }

    private static List<(DateOnly Start, int Count)> Buckets(JsonElement answer) =>
        [.. answer.GetProperty("buckets").EnumerateArray().Select(b => (
            DateOnly.ParseExact(b.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            b.GetProperty("count").GetInt32()))];

    private async Task<JsonElement> TimelineAsync(string query)
    {
        using var response = await app.CreateClient().GetAsync($"/api/search/timeline?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"timeline?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", language);
        return await app.CreateClient().SendAsync(request);
    }
}
