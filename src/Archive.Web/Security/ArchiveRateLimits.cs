using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Archive.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter with the archive's named policies, partitioned per client address.
/// Other features add their own policies with <c>services.Configure&lt;RateLimiterOptions&gt;(o =&gt; o.AddPolicy(...))</c>.
/// A refused request answers 429 with <c>Retry-After</c>: problem details on /api, the error page elsewhere.
/// </summary>
public static class ArchiveRateLimits
{
    public const string SignInPolicy = "sign-in";
    public const string SearchPolicy = "search";

    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            // Data annotations do not reach into the windows, so their ranges are checked here.
            .Validate(
                o => new[] { o.SignIn, o.Search }.All(w => w is { PermitLimit: >= 0, WindowSeconds: >= 1 and <= 86_400 }),
                "Archive:RateLimits: PermitLimit must be 0 (off) or more, WindowSeconds between 1 and 86400.")
            .ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
            // Only the posts count: showing the sign-in form costs nothing and changes nothing.
            options.AddPolicy(SignInPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClientAddress(context, SignInPolicy, limits.Value.SignIn)
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(SearchPolicy, context => PerClientAddress(context, SearchPolicy, limits.Value.Search));
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static RateLimitPartition<string> PerClientAddress(HttpContext context, string policy, RateLimitWindow window)
    {
        if (window.PermitLimit == 0)
            return RateLimitPartition.GetNoLimiter(policy);
        // Behind a reverse proxy every client has the proxy's address unless forwarded headers are configured.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{address}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var retryAfterValue = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = retryAfterValue;
        // Again as the response starts: the error page that re-executes for the site may start from clean headers.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.RetryAfter = retryAfterValue;
            return Task.CompletedTask;
        });
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveRateLimits)).LogWarning(
            "Rate limit: refused {Method} {Path} from {Address}; retry after {RetryAfter} s",
            context.Request.Method, context.Request.Path.Value, context.Connection.RemoteIpAddress?.ToString(), seconds);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: text["Error.TooManyTitle"],
                detail: text["Error.TooManyText", seconds]).ExecuteAsync(context);
        }
        // Elsewhere the status code pages show the error page in the reader's language.
    }
}
