using System.ComponentModel.DataAnnotations;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

public sealed class SignInModel(UserManager<ArchiveUser> users, SignInManager<ArchiveUser> signIn) : PageModel
{
    public sealed class Input
    {
        [Required]
        public string Email { get; set; } = "";

        [Required]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>One message for an unknown e-mail, a wrong password and a locked account, so the form reveals nothing.</summary>
    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Failed = true;
            return Page();
        }

        var user = await users.FindByEmailAsync(Form.Email.Trim());
        if (user is null)
        {
            // Hash anyway so an unknown e-mail takes as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new ArchiveUser(), Form.Password);
            Failed = true;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Failed = true;
            return Page();
        }
        return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? Localization.ReturnUrl.ForLocation(ReturnUrl) : "/");
    }
}
