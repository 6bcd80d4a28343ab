using Archive.Core.Research;
using Archive.Web.Accounts;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

/// <summary>/account/tokens: the signed-in account's API tokens; a new one is shown once, in the answer to its post.</summary>
[Authorize(Policy = ArchivePolicies.Researcher)]
public sealed class TokensModel(ApiTokens tokens) : PageModel
{
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    /// <summary>Set only in the answer to the post that made it: the token is never stored or shown again.</summary>
    public CreatedApiToken? Created { get; private set; }

    public bool? Revoked { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        Created = await tokens.CreateAsync(EditorActor.Of(User), name, cancellationToken: cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken cancellationToken)
    {
        Revoked = await tokens.RevokeAsync(EditorActor.Of(User), tokenId, cancellationToken: cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await tokens.ListAsync(EditorActor.Of(User).UserId, cancellationToken);
}
