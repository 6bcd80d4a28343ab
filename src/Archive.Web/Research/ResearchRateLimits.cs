using System.Net;
using System.Threading.RateLimiting;
using Archive.Core.Research;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.Web.Research;

/// <summary>
/// ASP.NET Core's rate limiter for the researchers' endpoints (saved searches, batch search, feeds):
/// the named policy <see cref="PerToken"/> counts per API token (per address for requests without one),
/// and a global limiter counts every request to those endpoints per address, so many tokens from one
/// machine are still held back. A refused request gets 429 with Retry-After, in the reader's language.
/// </summary>
public static class ResearchRateLimits
{
    public const string PerToken = "researcher-token";

    private static readonly TimeSpan _window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddResearchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResearchRateLimitOptions>()
            .Bind(configuration.GetSection(ResearchRateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(sp => new ConfigureOptions<RateLimiterOptions>(options =>
        {
            var limits = sp.GetRequiredService<IOptions<ResearchRateLimitOptions>>().Value;
            options.AddPolicy(PerToken, context =>
                ApiTokenAuthentication.BearerToken(context.Request) is { Length: > 0 } token
                    ? Window("token:" + SecretHash.Of(token), limits.PerTokenPerMinute)
                    : Window("address:" + Address(context), limits.PerAddressPerMinute));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsResearchEndpoint(context)
                    ? Window("address:" + Address(context), limits.PerAddressPerMinute)
                    : RateLimitPartition.GetNoLimiter(""));
            // The 429 answer itself (Retry-After, problem details on /api, the error page elsewhere) is
            // ArchiveRateLimits' OnRejected, shared by every policy.
        }));
        return services;
    }

    private static bool IsResearchEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PerToken;

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = _window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();
}
