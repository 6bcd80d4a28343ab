using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Security;

/// <summary>Pen-test row 11: a Host header is whatever the client typed, so it never decides where links point.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class HostHeaderTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task In_production_a_request_for_a_host_the_archive_does_not_serve_is_refused()
    {
        await using var production = app.InProduction();
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        using var local = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_redirect_never_names_the_requested_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        request.Headers.Host = "evil.example";
        using var response = await app.CreateClientWithoutRedirects().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/signin", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_permalinks_come_from_the_configured_public_base_url()
    {
        var outlet = await app.AddOutletAsync($"Permalinks {Guid.NewGuid():N}");
        await app.AddArticleAsync(new ArticleBuilder().From(outlet).WithParagraphs("El permaenlacexq aparece aquí."));
        await app.WaitForSearchIndexAsync();
        await using var configured = app.InProduction(("Archive:PublicBaseUrl", "https://archivo.example.org/"), ("AllowedHosts", "*"));
        await WaitForIndexAsync(configured, "permaenlacexq");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/export?format=json&q=permaenlacexq");
        request.Headers.Host = "evil.example";
        using var response = await configured.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var permalink = Assert.Single(rows.EnumerateArray()).GetProperty("permalink").GetString()!;
        Assert.StartsWith("https://archivo.example.org/articles/", permalink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_without_a_public_base_url_permalinks_are_relative()
    {
        var outlet = await app.AddOutletAsync($"Relativos {Guid.NewGuid():N}");
        await app.AddArticleAsync(new ArticleBuilder().From(outlet).WithParagraphs("El relativoenlacexq aparece aquí."));
        await app.WaitForSearchIndexAsync();
        await using var production = app.InProduction(("AllowedHosts", "*"));
        await WaitForIndexAsync(production, "relativoenlacexq");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/export?format=json&q=relativoenlacexq");
        request.Headers.Host = "evil.example";
        using var response = await production.CreateClient().SendAsync(request);

        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var permalink = Assert.Single(rows.EnumerateArray()).GetProperty("permalink").GetString()!;
        Assert.StartsWith("/articles/", permalink, StringComparison.Ordinal);
    }

    /// <summary>The second host builds its own index from the database on start; wait until it answers.</summary>
    private static async Task WaitForIndexAsync(WebApplicationFactory<Program> host, string word)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = host.CreateClient();
        while (true)
        {
            var body = await client.GetStringAsync($"/api/search?q={word}", timeout.Token);
            if (JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() > 0)
                return;
            await Task.Delay(50, timeout.Token);
        }
    }
}
