using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Tests.Localization;

[Collection(ArchiveApp.Collection)]
public sealed class LanguageTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Pages_are_in_spanish_by_default()
    {
        var page = await app.CreateClient().GetDocumentAsync("/imports");

        Assert.Equal("es", page.Lang());
        Assert.Equal("Inicio", page.NavLabel("/"));
        Assert.Equal("Importaciones", page.NavLabel("/imports"));
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en", "Page not found")]
    [InlineData("es-MX,es;q=0.9", "es", "Página no encontrada")]
    [InlineData("fr-FR", "es", "Página no encontrada")]
    public async Task The_404_page_follows_accept_language(string acceptLanguage, string lang, string heading)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/987654321");
        request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(lang, page.Lang());
        Assert.Equal(heading, page.QuerySelector("main h1")!.Text());
    }

    [Fact]
    public async Task The_culture_cookie_wins_over_accept_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Add("Accept-Language", "es-ES");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        using var response = await app.CreateClientWithoutRedirects(handleCookies: false).SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("en", page.Lang());
        Assert.Equal("Page not found", page.QuerySelector("main h1")!.Text());
    }

    [Fact]
    public async Task Switching_language_remembers_it_and_goes_back_to_the_same_page()
    {
        var client = app.CreateClientWithoutRedirects();
        var before = await client.GetDocumentAsync("/imports");

        using var response = await client.GetAsync(SwitchLink(before, "en"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/imports", response.Headers.Location!.OriginalString);
        var after = await client.GetDocumentAsync("/imports");
        Assert.Equal("en", after.Lang());
        Assert.Equal("Home", after.NavLabel("/"));
        Assert.Equal("Imports", after.NavLabel("/imports"));
        Assert.Equal("true", after.QuerySelector("nav.language-switch a[lang=en]")!.GetAttribute("aria-current"));
        Assert.Null(after.QuerySelector("nav.language-switch a[lang=es]")!.GetAttribute("aria-current"));

        using var back = await client.GetAsync(SwitchLink(after, "es"));
        Assert.Equal("es", (await client.GetDocumentAsync("/imports")).Lang());
    }

    [Fact]
    public async Task The_home_page_served_from_the_page_cache_still_follows_each_readers_language()
    {
        var spanish = app.CreateClient();
        var english = app.CreateClient();
        await english.GetAsync("/culture/en?returnUrl=/");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("es", (await spanish.GetDocumentAsync("/")).Lang());
            Assert.Equal("en", (await english.GetDocumentAsync("/")).Lang());
        }
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Switching_language_never_redirects_off_the_site(string returnUrl)
    {
        var client = app.CreateClientWithoutRedirects();

        using var response = await client.GetAsync("/culture/en" + QueryString.Create("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("es-ES", "Idioma no disponible")]
    [InlineData("en-GB", "Unsupported language")]
    public async Task An_unknown_language_is_refused_in_the_readers_language_and_sets_no_cookie(string acceptLanguage, string title)
    {
        var client = app.CreateClientWithoutRedirects();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/culture/fr?returnUrl=/");
        request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string SwitchLink(IDocument page, string culture) =>
        page.QuerySelector($"nav.language-switch a[lang={culture}]")!.GetAttribute("href")!;
}
