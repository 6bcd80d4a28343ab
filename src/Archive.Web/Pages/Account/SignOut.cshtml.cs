using Archive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

/// <summary>GET asks, POST signs out: a link or an image on another site cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<ArchiveUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>
    /// A new security stamp makes every cookie issued to the account so far invalid on its next request
    /// (the stamp is checked on every request), so a copied cookie dies with the sign-out too.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
