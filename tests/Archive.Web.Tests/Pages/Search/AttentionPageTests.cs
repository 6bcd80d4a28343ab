using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Archive.Web.Tests.Pages.Tags;

namespace Archive.Web.Tests.Pages.Search;

/// <summary>The timeline chart (server-drawn SVG, a table of the same numbers, a CSV link) and top words on /search and /tags/{slug}.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class AttentionPageTests(ArchiveAppFactory app)
{
    /// <summary>Five articles about <paramref name="word"/> in June 2024 (two on the 3rd, one on the 10th, two on the 24th), one undated.</summary>
    private async Task<IReadOnlyList<Archive.Core.Articles.Article>> AddAsync(string word)
    {
        DateTime June(int day) => new(2024, 6, day, 10, 0, 0, DateTimeKind.Utc);
        var articles = await app.AddArticlesAsync(
            new ArticleBuilder().Titled($"Uno {word}").WithParagraphs($"El {word} y la {word}rasgo.").WithSource(publishedAt: June(3)),
            new ArticleBuilder().Titled($"Dos {word}").WithParagraphs($"El {word} y la {word}rasgo.").WithSource(publishedAt: June(3)),
            new ArticleBuilder().Titled($"Tres {word}").WithParagraphs($"El {word} y la {word}rasgo.").WithSource(publishedAt: June(10)),
            new ArticleBuilder().Titled($"Cuatro {word}").WithParagraphs($"El {word} otra vez.").WithSource(publishedAt: June(24)),
            new ArticleBuilder().Titled($"Cinco {word}").WithParagraphs($"El {word} otra vez.").WithSource(publishedAt: June(24)),
            new ArticleBuilder().Titled($"Seis {word}").WithParagraphs($"El {word} sin fecha."));
        await app.WaitForSearchIndexAsync();
        return articles;
    }

    [Theory]
    [InlineData("es", "Cobertura en el tiempo", "Artículos publicados por día", "Palabras características", "Calculadas sobre los 6 artículos encontrados.")]
    [InlineData("en", "Attention over time", "Articles published per day", "Characteristic words", "Computed on all 6 articles found.")]
    public async Task The_search_page_draws_the_timeline_as_svg_with_a_table_and_shows_top_words(
        string language, string heading, string title, string wordsHeading, string sample)
    {
        var word = $"qwgraf{language}";
        await AddAsync(word);

        var page = await GetAsync($"/search?q={word}", language);

        var chart = page.QuerySelector("#search-timeline")!;
        Assert.Equal(heading, page.QuerySelector("#search-timeline-heading")!.Text());
        Assert.Equal("day", chart.GetAttribute("data-interval"));
        Assert.Equal("1", chart.GetAttribute("data-undated"));
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(title, svg.QuerySelector("title#search-timeline-title")!.Text());
        Assert.Contains("2024-06-03", svg.QuerySelector("desc")!.Text(), StringComparison.Ordinal);
        Assert.Equal("search-timeline-title search-timeline-desc", svg.GetAttribute("aria-labelledby"));
        // Drawn bars only where there are articles; the table lists every day from the 3rd to the 24th.
        Assert.Equal(["2024-06-03:2", "2024-06-10:1", "2024-06-24:2"],
            svg.QuerySelectorAll("rect.timeline-bar").Select(r => $"{r.GetAttribute("data-start")}:{r.GetAttribute("data-count")}"));
        // The y scale (2 and 0) and the first day, as text of the drawing itself.
        var labels = svg.QuerySelectorAll("text.timeline-label").Select(t => t.Text()).ToList();
        Assert.Contains("0", labels);
        Assert.Contains("2", labels);
        Assert.Contains("2024-06-03", labels);
        var rows = chart.QuerySelectorAll(".timeline-table tbody tr");
        Assert.Equal(22, rows.Length);
        Assert.Equal(["2024-06-03", "2024-06-03", "2"], rows[0].QuerySelectorAll("td").Select(c => c.Text()));
        Assert.Equal("0", rows[1].QuerySelectorAll("td")[2].Text());
        Assert.NotNull(chart.QuerySelector(".timeline-undated"));
        var csv = chart.QuerySelector(".timeline-csv a")!.GetAttribute("href")!;
        Assert.StartsWith($"/api/search/timeline?q={word}", csv, StringComparison.Ordinal);
        Assert.Contains("interval=day", csv, StringComparison.Ordinal);
        Assert.Contains("format=csv", csv, StringComparison.Ordinal);

        var words = page.QuerySelector(".top-words")!;
        Assert.Equal(wordsHeading, words.QuerySelector("h2")!.Text());
        Assert.Equal(sample, words.QuerySelector(".top-words-sample")!.Text());
        Assert.Equal("6", words.GetAttribute("data-sample"));
        Assert.Contains($"{word}rasgo", words.QuerySelectorAll(".top-words-list a").Select(a => a.Text()));
        Assert.Empty(page.QuerySelectorAll("#search-attention [style]"));
        Assert.Empty(page.QuerySelectorAll("#search-attention script"));
    }

    [Fact]
    public async Task The_csv_link_on_the_page_downloads_the_charts_numbers()
    {
        await AddAsync("qwgrafcsv");
        using var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=qwgrafcsv");

        var href = page.QuerySelector("#search-timeline .timeline-csv a")!.GetAttribute("href")!;
        using var response = await client.GetAsync(href);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("start,end,count", lines[0]);
        Assert.Equal("2024-06-03,2024-06-03,2", lines[1]);
        Assert.Equal("2024-06-24,2024-06-24,2", lines[^2]);
        Assert.Equal("undated,,1", lines[^1]);
    }

    [Fact]
    public async Task A_word_link_narrows_the_search_to_it()
    {
        await AddAsync("qwgrafenlace");
        using var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=qwgrafenlace");

        var link = page.QuerySelectorAll(".top-words-list a").Single(a => a.Text() == "qwgrafenlacerasgo");
        var narrowed = await client.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Equal("3", narrowed.QuerySelector("#search-total")!.GetAttribute("data-total"));
    }

    [Theory]
    [InlineData("es", "Cobertura en el tiempo", "Artículos publicados por día")]
    [InlineData("en", "Attention over time", "Articles published per day")]
    public async Task A_tag_page_shows_the_timeline_and_words_of_its_articles(string language, string heading, string title)
    {
        var articles = await AddAsync($"qwgraftag{language}");
        var tag = await app.AddTagAsync("Gráfico", "Chart");
        foreach (var article in articles.Take(3))
            await app.TagAsync(article.Id, tag.Id);
        await app.WaitForSearchIndexAsync();
        await app.ForgetCachedPagesAsync();

        var page = await GetAsync($"/tags/{tag.Slug}", language);

        var chart = page.QuerySelector("#tag-timeline")!;
        Assert.Equal(heading, page.QuerySelector("#tag-timeline-heading")!.Text());
        Assert.Equal(title, chart.QuerySelector("svg title")!.Text());
        Assert.Equal(["2024-06-03:2", "2024-06-10:1"],
            chart.QuerySelectorAll("rect.timeline-bar").Select(r => $"{r.GetAttribute("data-start")}:{r.GetAttribute("data-count")}"));
        Assert.Equal(8, chart.QuerySelectorAll(".timeline-table tbody tr").Length);
        Assert.Contains($"tag={tag.Slug}", chart.QuerySelector(".timeline-csv a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("3", page.QuerySelector("#tag-attention .top-words")!.GetAttribute("data-total"));
        Assert.Empty(page.QuerySelectorAll("#tag-attention [style]"));
    }

    [Fact]
    public async Task A_search_with_no_results_shows_no_chart()
    {
        var page = await GetAsync("/search?q=qwgrafnadaqueencontrar", "es");

        Assert.Null(page.QuerySelector("#search-attention"));
    }

    [Fact]
    public async Task Weeks_on_the_page_say_they_run_monday_to_sunday()
    {
        DateTime Day(int month, int day) => new(2024, month, day, 9, 0, 0, DateTimeKind.Utc);
        await app.AddArticlesAsync(
            new ArticleBuilder().Titled("Primera qwgrafsemana").WithParagraphs("El qwgrafsemana.").WithSource(publishedAt: Day(1, 3)),
            new ArticleBuilder().Titled("Última qwgrafsemana").WithParagraphs("El qwgrafsemana.").WithSource(publishedAt: Day(6, 20)));
        await app.WaitForSearchIndexAsync();

        var page = await GetAsync("/search?q=qwgrafsemana", "en");

        var chart = page.QuerySelector("#search-timeline")!;
        Assert.Equal("week", chart.GetAttribute("data-interval"));
        Assert.Equal("Articles published per week (Monday to Sunday)", chart.QuerySelector("figcaption")!.Text());
        var first = chart.QuerySelector(".timeline-table tbody tr td time")!.GetAttribute("datetime")!;
        Assert.Equal(DayOfWeek.Monday, DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek);
    }

    private async Task<IDocument> GetAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", language);
        using var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }
}
