using Archive.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Localization;

/// <summary>
/// GET /culture/{culture}?returnUrl=…: remembers the reader's language in the culture cookie and goes
/// back where they were. A link rather than a form: the choice is the reader's own preference, not
/// archive data, and a page without a per-reader antiforgery token is the same for every reader of a
/// language, so it can be served from the page cache.
/// </summary>
public static class CultureSwitch
{
    public const string Path = "/culture";

    public static string UrlFor(string culture, string returnUrl) =>
        $"{Path}/{culture}{QueryString.Create("returnUrl", returnUrl)}";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{culture}", (string culture, string? returnUrl, HttpContext context, IStringLocalizer<SharedResource> text) =>
        {
            if (!ArchiveCultures.Supported.Contains(culture))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: text["Language.Unsupported"],
                    detail: text["Language.ChooseOneOf", string.Join(", ", ArchiveCultures.Supported)]);
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(IsLocalUrl(returnUrl) ? ReturnUrl.ForLocation(returnUrl!) : "/");
        });
        return app;
    }

    /// <summary>Only paths on this site: "//host" and "/\host" are other sites to a browser.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
