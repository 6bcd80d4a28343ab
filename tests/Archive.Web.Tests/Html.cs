using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests;

internal static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static string Text(this IElement element) => element.TextContent.Trim();

    public static string Lang(this IDocument document) => document.DocumentElement.GetAttribute("lang") ?? "";

    /// <summary>The visible label of the main navigation's link to <paramref name="href"/>.</summary>
    public static string NavLabel(this IDocument document, string href) =>
        document.QuerySelector($"nav.site-nav a[href='{href}']")?.Text() ?? "";
}
