using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Search;

[Collection(ArchiveApp.Collection)]
public sealed class SearchPageTests(ArchiveAppFactory app)
{
    public static TheoryData<string> MalformedQueries => new()
    {
        "\"corea del",
        "AND",
        "OR OR",
        "*",
        "-",
        "()",
        "title:",
        new string('¡', 500) + new string('?', 500) + new string('(', 500) + new string('"', 500),
        "\0",
        "a*",
        "((((((((((((((((((((((((((((((((((((((((((((((((((putin",
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Malformed_queries_answer_200_with_a_message(string query)
    {
        using var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(
            page.QuerySelector("#search-warnings") is not null || page.QuerySelector("#search-nothing-searchable") is not null,
            $"No message for '{query}'");
    }

    [Fact]
    public async Task A_long_query_that_fits_the_request_line_answers_200_and_says_it_was_cut()
    {
        var query = string.Join(' ', Enumerable.Range(0, 1200).Select(i => $"w{i}"));

        using var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#search-warnings li"));
    }

    [Fact]
    public async Task Results_show_highlighted_snippets_facets_and_a_prefilled_search_box()
    {
        await app.WaitForSearchIndexAsync();

        var page = await app.CreateClient().GetDocumentAsync("/search?q=corea+del+norte");

        Assert.Equal("corea del norte", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-q")!.Value);
        Assert.Equal("corea del norte", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#site-search-q")!.Value);
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit .snippet mark"));
        Assert.True(int.Parse(page.QuerySelector("#search-total")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var spanish = page.QuerySelector(".facet[data-facet='lang'] a[data-value='es']");
        Assert.NotNull(spanish);
        Assert.Contains("lang=es", spanish.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("/api/search/export?q=corea", page.QuerySelector("#export-csv")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("?q=", page.QuerySelector(".search-hit h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_facet_link_filters_and_its_chip_removes_the_filter()
    {
        var fox = await app.AddOutletAsync("Chip Uno");
        var bbc = await app.AddOutletAsync("Chip Dos");
        await app.AddArticlesAsync(
            new ArticleBuilder().From(fox).WithParagraphs("El qwchipword aparece aquí."),
            new ArticleBuilder().From(bbc).WithParagraphs("Otro qwchipword más."));
        await app.WaitForSearchIndexAsync();
        var client = app.CreateClient();

        var all = await client.GetDocumentAsync("/search?q=qwchipword");
        var filterHref = all.QuerySelector(".facet[data-facet='outlet'] a[data-value='Chip Uno']")!.GetAttribute("href")!;
        var filtered = await client.GetDocumentAsync(filterHref);
        var removeHref = filtered.QuerySelector(".search-chips a[data-filter='outlet']")!.GetAttribute("href")!;
        var unfiltered = await client.GetDocumentAsync(removeHref);

        Assert.Equal("2", all.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.Equal("1", filtered.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.Equal("2", unfiltered.QuerySelector("#search-total")!.GetAttribute("data-total"));
    }

    [Fact]
    public async Task Nothing_found_suggests_a_word_from_the_archive()
    {
        await app.WaitForSearchIndexAsync();

        var page = await app.CreateClient().GetDocumentAsync("/search?q=Pyonyang");

        Assert.Equal("0", page.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.Contains(page.QuerySelectorAll("#search-suggestions a"), a => a.Text().Contains("pyongyang", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("es", "Cómo buscar", "Solo en el título.")]
    [InlineData("en", "How to search", "In the title only.")]
    public async Task The_help_page_explains_the_syntax_in_both_languages(string language, string heading, string titleRow)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search/help");
        request.Headers.Add("Accept-Language", language);

        using var response = await app.CreateClient().SendAsync(request);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")!.Text());
        Assert.Contains(page.QuerySelectorAll("#search-syntax tr"), row => row.Text().Contains("title:putin", StringComparison.Ordinal) && row.Text().Contains(titleRow, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_article_opened_from_a_search_highlights_the_query_and_encodes_its_text()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder()
            .Titled("Pacto <b>histórico</b>")
            .WithParagraphs("Firmaron los pactos <script>alert(1)</script> ayer.", "Nada que ver aquí."));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}?q=pacto");

        Assert.Equal(["Pacto"], page.QuerySelectorAll("article h1 mark").Select(m => m.Text()));
        Assert.Equal(["pactos"], page.QuerySelectorAll(".article-body mark").Select(m => m.Text()));
        Assert.Empty(page.QuerySelectorAll(".article-body script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".article-body p")!.Text(), StringComparison.Ordinal);
    }
}
