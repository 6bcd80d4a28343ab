using Archive.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Admin;

/// <summary>Admins add editors (the only way in: there is no registration) and change roles.</summary>
public sealed class UsersModel(UserAccounts accounts) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    /// <summary>The outcome of the last post, shown once: a generated password is never stored or shown again.</summary>
    public AccountResult? Outcome { get; private set; }

    public string? OutcomeEmail { get; private set; }

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync();

    public async Task<IActionResult> OnPostAddAsync(string? email, string? role, string? password, string? displayName)
    {
        Outcome = await accounts.AddAsync(email, role, password, displayName);
        OutcomeEmail = email;
        Accounts = await accounts.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSetRoleAsync(string? email, string? role)
    {
        Outcome = await accounts.SetRoleAsync(email, role);
        OutcomeEmail = email;
        Accounts = await accounts.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSetDisplayNameAsync(string? email, string? displayName)
    {
        Outcome = await accounts.SetDisplayNameAsync(email, displayName);
        OutcomeEmail = email;
        Accounts = await accounts.ListAsync();
        return Page();
    }
}
