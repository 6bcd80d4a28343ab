using System.Net;

namespace Archive.Web.Tests.Search;

/// <summary>Pen-test row 13: a huge query is cut once by the parser, and the page's links carry the cut query, not the original.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class LongQueryLinksTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task A_100_kb_query_is_not_repeated_in_the_page_links()
    {
        var query = string.Join(' ', Enumerable.Repeat("corea", 100 * 1024 / 6));

        using var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Length < 100 * 1024, $"page is {html.Length} characters");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var longest = page.QuerySelectorAll("a[href], form input[name=q]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("value") ?? "")
            .Max(v => v.Length);
        Assert.True(longest < 4 * Archive.Core.Search.SearchQueryParser.MaxLength, $"longest link or field is {longest} characters");
    }
}
