using System.Net;
using Archive.Web.Tests.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Security;

/// <summary>Pen-test row 4 and issue 14.6: sign-in and search are rate-limited per client address, answering 429 with Retry-After.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class RateLimitTests(ArchiveAppFactory app)
{
    private const string ClientAddressHeader = "X-Test-Client-Address";

    /// <summary>A host with small limits where each test client says which address it comes from (TestServer has none).</summary>
    private WebApplicationFactory<Program> Limited(int signIn, int search) => app.WithSecondHost(builder =>
    {
        builder.UseSetting("Archive:ImportSeedsOnStart", "false");
        builder.UseSetting("Archive:RateLimits:SignIn:PermitLimit", signIn.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:RateLimits:SignIn:WindowSeconds", "3600");
        builder.UseSetting("Archive:RateLimits:Search:PermitLimit", search.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:RateLimits:Search:WindowSeconds", "3600");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFromHeader()));
    });

    private static HttpClient ClientFrom(WebApplicationFactory<Program> host, string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    [Fact]
    public async Task Rapid_failed_sign_ins_from_one_address_are_refused_with_429_and_retry_after()
    {
        await using var host = Limited(signIn: 3, search: 1000);
        var attacker = ClientFrom(host, "203.0.113.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await attacker.PostSignInAsync("nobody@example.org", "wrong password, long enough");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
                var page = await Html.ParseAsync(response);
                Assert.Equal("Demasiadas peticiones", page.QuerySelector("main h1")!.Text());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_sign_in_limit_is_per_client_address_and_the_form_itself_is_not_limited()
    {
        await using var host = Limited(signIn: 1, search: 1000);
        var first = ClientFrom(host, "203.0.113.8");
        var second = ClientFrom(host, "203.0.113.9");
        var email = await app.AddUserAsync("Editor");

        using var failed = await first.PostSignInAsync("nobody@example.org", "wrong password, long enough");
        using var refused = await first.PostSignInAsync(email, AccountHelpers.Password);
        using var other = await second.PostSignInAsync(email, AccountHelpers.Password);
        using var form = await first.GetAsync("/account/signin");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task Search_past_its_limit_answers_429_with_retry_after_on_the_page_the_api_and_the_export()
    {
        await using var host = Limited(signIn: 100, search: 2);
        var client = ClientFrom(host, "198.51.100.20");

        using var first = await client.GetAsync("/api/search?q=corea");
        using var second = await client.GetAsync("/search?q=corea");
        using var api = await client.GetAsync("/api/search?q=corea");
        using var page = await client.GetAsync("/search?q=corea");
        using var export = await client.GetAsync("/api/search/export?q=corea&format=csv");
        using var otherAddress = await ClientFrom(host, "198.51.100.21").GetAsync("/api/search?q=corea");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        foreach (var refused in new[] { api, page, export })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Reading_articles_is_never_rate_limited()
    {
        await using var host = Limited(signIn: 1, search: 1);
        var client = ClientFrom(host, "198.51.100.30");

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/api/articles");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                await nextMiddleware(context);
            });
            next(builder);
        };
    }
}
