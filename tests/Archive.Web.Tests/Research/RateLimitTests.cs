using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Research;

[Collection(ArchiveApp.Collection)]
public sealed class RateLimitTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task A_token_over_its_limit_gets_429_with_retry_after_while_another_token_goes_on()
    {
        await using var limited = app.WithSecondHost(b => b.UseSetting("Archive:RateLimits:PerTokenPerMinute", "3"));
        var (_, busy) = await app.ResearcherWithTokenAsync();
        var (_, other) = await app.ResearcherWithTokenAsync();
        var api = limited.ApiClient(busy);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await api.GetAsync("/api/saved-searches");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await api.GetAsync("/api/saved-searches");
        using var otherToken = await limited.ApiClient(other).GetAsync("/api/saved-searches");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Contains("Demasiadas peticiones", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    [Fact]
    public async Task One_address_is_limited_however_many_tokens_it_uses_and_feeds_count_too()
    {
        await using var limited = app.WithSecondHost(b => b.UseSetting("Archive:RateLimits:PerAddressPerMinute", "4"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var (_, token) = await app.ResearcherWithTokenAsync();
            using var response = await limited.ApiClient(token).GetAsync("/api/saved-searches");
            statuses.Add(response.StatusCode);
        }
        using var feed = await limited.CreateClient().GetAsync("/feeds/searches/1.atom?key=x");
        using var refused = await limited.CreateClient().GetAsync("/feeds/searches/1.atom?key=x");
        using var reading = await limited.CreateClient().GetAsync("/api/articles");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
    }
}
