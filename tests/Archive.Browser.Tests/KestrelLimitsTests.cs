using System.Net;
using AngleSharp.Html.Parser;

namespace Archive.Browser.Tests;

/// <summary>What only a real socket shows: Kestrel's own limits sit in front of the app.</summary>
public sealed class KestrelLimitsTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [Fact]
    public async Task A_100_KB_query_reaches_the_search_page_and_is_answered_with_a_message_not_a_414()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var query = string.Concat(Enumerable.Repeat("putin ", 100 * 1024 / 6));

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector("#search-warnings li[data-warning=TooLong]"));
    }
}
