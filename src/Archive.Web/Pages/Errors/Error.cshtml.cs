using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Errors;

/// <summary>
/// The page for every failure: status codes re-executed here (/error/404) and unhandled exceptions
/// (/error). It names the problem in the reader's language and never shows exception details.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    // Re-executed POSTs (an unknown form target, a failing form) land on the same page.
    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        return Page();
    }
}
