using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Security;

/// <summary>Pen-test row 15 and issue 14.6: the browser policies every response states, and HSTS over HTTPS.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class ResponseHeaderPolicyTests(ArchiveAppFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=corea")]
    [InlineData("/api/articles")]
    [InlineData("/no/such/page")]
    public async Task Every_response_states_its_permissions_opener_and_referrer_policies(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Production_over_https_sends_strict_transport_security_and_plain_http_does_not()
    {
        await using var production = app.InProduction();

        using var https = await production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }).GetAsync("/");
        using var http = await production.CreateClient().GetAsync("/");

        Assert.Equal("max-age=31536000", Header(https, "Strict-Transport-Security"));
        Assert.Equal("", Header(http, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
