using System.Net;

namespace Archive.Web.Tests.Pages.Errors;

[Collection(ArchiveApp.Collection)]
public sealed class ErrorTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task An_exception_shows_a_friendly_page_without_the_stack_trace()
    {
        await using var throwing = app.WithThrowingEndpoints();

        using var response = await throwing.CreateClient().GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Algo ha fallado", page.QuerySelector("main h1")!.Text());
        Assert.DoesNotContain("Kaboom", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav.site-nav"));
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_with_the_site_around_it()
    {
        using var response = await app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("404", page.QuerySelector(".error-code")!.Text());
        Assert.Equal("Página no encontrada", page.QuerySelector("main h1")!.Text());
        Assert.Equal("/culture/en?returnUrl=%2Fno%2Fsuch%2Fpage", page.QuerySelector("nav.language-switch a[lang=en]")!.GetAttribute("href"));
    }
}
