using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Accounts;
using Archive.Web.Research;
using Archive.Web.Search;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

/// <summary>/account/searches: the account's saved searches with what is new since each was last run, and their feeds.</summary>
[Authorize(Policy = ArchivePolicies.Researcher)]
public sealed class SearchesModel(SavedSearches saved) : PageModel
{
    public IReadOnlyList<SavedSearchView> Searches { get; private set; } = [];

    /// <summary>A feed address just issued, shown in this answer only (the key is stored hashed).</summary>
    public (int Id, string Url)? IssuedFeed { get; private set; }

    /// <summary>The outcome of the last post, as a resource key.</summary>
    public string? Outcome { get; private set; }

    public bool OutcomeFailed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Running it is the visit "new since the last visit" counts from.</summary>
    public async Task<IActionResult> OnGetRunAsync(int id, CancellationToken cancellationToken) =>
        await saved.VisitAsync(EditorActor.Of(User).UserId, id, cancellationToken) is { } request
            ? LocalRedirect(SearchLinks.Url(request))
            : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(string? name, CancellationToken cancellationToken)
    {
        var request = SearchParameters.From(new QueryCollection(Request.Form.ToDictionary())).Request;
        var result = await saved.CreateAsync(EditorActor.Of(User), string.IsNullOrWhiteSpace(name) ? request.Query : name, request, cancellationToken);
        if (result.Succeeded)
        {
            IssuedFeed = (result.Search!.Id, SavedSearchLinks.FeedUrl(Request, result.Search.Id, result.FeedKey!));
            Outcome = "SavedSearches.Saved";
        }
        else
        {
            Fail($"SavedSearchCode.{result.Code}");
        }
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken cancellationToken)
    {
        var code = await saved.RenameAsync(EditorActor.Of(User).UserId, id, name, cancellationToken);
        if (code == SavedSearchCode.Ok)
            Outcome = "SavedSearches.Renamed";
        else
            Fail($"SavedSearchCode.{code}");
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await saved.DeleteAsync(EditorActor.Of(User), id, cancellationToken))
            Outcome = "SavedSearches.Deleted";
        else
            Fail("SavedSearchCode.NotFound");
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRegenerateKeyAsync(int id, CancellationToken cancellationToken)
    {
        if (await saved.RegenerateFeedKeyAsync(EditorActor.Of(User), id, cancellationToken) is { } key)
        {
            IssuedFeed = (id, SavedSearchLinks.FeedUrl(Request, id, key));
            Outcome = "SavedSearches.KeyRegenerated";
        }
        else
        {
            Fail("SavedSearchCode.NotFound");
        }
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(int id, CancellationToken cancellationToken)
    {
        if (await saved.RevokeFeedKeyAsync(EditorActor.Of(User), id, cancellationToken))
            Outcome = "SavedSearches.KeyRevoked";
        else
            Fail("SavedSearchCode.NotFound");
        return await PageAsync(cancellationToken);
    }

    public string RunUrl(SavedSearchView search) => Url.Page("/Account/Searches", "Run", new { id = search.Id })!;

    public static string Describe(SearchRequest request) => SearchLinks.Url(request);

    private void Fail(string key)
    {
        Outcome = key;
        OutcomeFailed = true;
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (OutcomeFailed)
            Response.StatusCode = Outcome == "SavedSearchCode.NotFound" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Searches = await saved.ListAsync(EditorActor.Of(User).UserId, cancellationToken);
}
