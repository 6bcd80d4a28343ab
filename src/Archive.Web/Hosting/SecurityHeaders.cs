namespace Archive.Web.Hosting;

internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>No page needs a device or a payment sheet; an embedded third party gets none of them either.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>A year; sent only over HTTPS (browsers ignore it on http) and never in Development, where localhost is shared.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>
    /// Added when the response starts rather than now: the exception handler clears headers before
    /// it re-executes, and the error page needs them as much as any other.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool strictTransportSecurity) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (strictTransportSecurity && context.Request.IsHttps)
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            await next(context);
        });
}
