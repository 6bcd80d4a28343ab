namespace Archive.Web.Tests.Hosting;

[Collection(ArchiveApp.Collection)]
public sealed class SecurityHeadersTests(ArchiveAppFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/imports")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/987654321")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_error_page_carries_the_security_headers_too()
    {
        await using var throwing = app.WithThrowingEndpoints();

        using var page = await throwing.CreateClient().GetAsync("/test/throw");
        using var api = await throwing.CreateClient().GetAsync("/api/test/throw");

        AssertSecurityHeaders(page);
        AssertSecurityHeaders(api);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
