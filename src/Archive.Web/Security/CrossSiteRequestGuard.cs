using Archive.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Archive.Web.Security;

/// <summary>
/// Defence in depth beside the antiforgery token: a state-changing request (anything but GET, HEAD,
/// OPTIONS, TRACE) that a browser says comes from another site is refused with 403 before it reaches
/// a page. Browsers send <c>Sec-Fetch-Site</c> and <c>Origin</c> on such requests; clients that send
/// neither (scripts, the CLI) are left to the token and the account checks.
/// </summary>
public static class CrossSiteRequestGuard
{
    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCrossSite(context))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CrossSiteRequestGuard)).LogWarning(
                    "Refused a cross-site {Method} {Path}: Origin {Origin}, Sec-Fetch-Site {FetchSite}, from {Address}",
                    context.Request.Method, context.Request.Path.Value, context.Request.Headers.Origin.ToString(),
                    context.Request.Headers["Sec-Fetch-Site"].ToString(), context.Connection.RemoteIpAddress?.ToString());
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
        });

    internal static bool IsCrossSite(HttpContext context)
    {
        var request = context.Request;
        // The error page re-executed for a refused request carries the same headers; it changes nothing.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return false;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            return false;

        // "same-site" is another host under the same registrable domain: still not this site.
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
            return true;

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return false;
        // "null" comes from sandboxed frames and data: pages, never from this site's own forms.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
            return true;
        var own = $"{request.Scheme}://{request.Host.Value}";
        if (SameOrigin(originUri, own))
            return false;
        var publicBase = context.RequestServices.GetRequiredService<IOptions<ArchiveOptions>>().Value.PublicBaseUrl;
        return string.IsNullOrEmpty(publicBase) || !SameOrigin(originUri, publicBase);
    }

    private static bool SameOrigin(Uri origin, string other) =>
        Uri.TryCreate(other, UriKind.Absolute, out var otherUri)
        && Uri.Compare(origin, otherUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
