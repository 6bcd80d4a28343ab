using Microsoft.Extensions.Options;

namespace Archive.Web.Hosting;

/// <summary>
/// Where absolute links point: <see cref="ArchiveOptions.PublicBaseUrl"/> when set; the request's own
/// scheme and Host only in Development (a Host header is whatever the client typed); otherwise none,
/// and links stay relative.
/// </summary>
public static class PublicBaseUrl
{
    public static bool IsValid(string? value) =>
        string.IsNullOrEmpty(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0);

    /// <summary>The base without a trailing slash, or "" for relative links.</summary>
    public static string For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IOptions<ArchiveOptions>>().Value.PublicBaseUrl;
        if (!string.IsNullOrEmpty(configured))
            return configured.TrimEnd('/');
        return context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : context.Request.PathBase.Value ?? "";
    }
}
