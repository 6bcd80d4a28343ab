using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Web.Localization;

/// <summary>POST /culture: remembers the reader's language in the culture cookie and goes back where they were.</summary>
public static class CultureSwitch
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context) =>
        {
            if (culture is null || !ArchiveCultures.Supported.Contains(culture))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unsupported language",
                    detail: $"Choose one of: {string.Join(", ", ArchiveCultures.Supported)}.");
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
            return Results.Redirect(IsLocalUrl(returnUrl) ? returnUrl! : "/");
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
