using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Errors;

/// <summary>
/// The page for every failure: status codes re-executed here (/error/404) and unhandled exceptions
/// (/error). It names the problem in the reader's language and never shows exception details.
/// It binds nothing: a request that failed because its body was malformed (a broken multipart form)
/// is re-executed here with that same body, and reading it again would turn a 400 into a 500.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>From the route, for any method: a re-executed TRACE or PUT has no handler here but still needs its page.</summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status500InternalServerError;

    /// <summary>Seconds until a rate-limited reader may try again, when the limiter said so.</summary>
    public int? RetryAfterSeconds =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    public IActionResult OnGet() => Show();

    // Re-executed POSTs (an unknown form target, a failing form) land on the same page.
    public IActionResult OnPost() => Show();

    private PageResult Show()
    {
        Response.StatusCode = Code;
        return Page();
    }
}
