using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Resources;
using Archive.Web.Search;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Pages.Search;

/// <summary>
/// /search/bulk-tag: an editor adds or removes a tag on every article a search matches. Preview states
/// the count and asks; apply recomputes the result set, tags it and goes back to the search with the outcome.
/// </summary>
[Authorize(Policy = ArchivePolicies.Editor)]
public sealed class BulkTagModel(SearchBulkTagging bulk, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>TempData key of the outcome the search page shows once after an apply.</summary>
    public const string StatusKey = "BulkTagStatus";

    public SearchRequest Search { get; private set; } = new();

    public BulkTagOperation? Operation { get; private set; }

    public string? TagText { get; private set; }

    public BulkTagPreview? Preview { get; private set; }

    /// <summary>Set when an apply was refused; nothing changed.</summary>
    public BulkTagOutcome? Refused { get; private set; }

    public string SearchUrl => SearchLinks.Url(Search);

    /// <summary>Nothing to show without a post: back to the search the address names.</summary>
    public IActionResult OnGet() => Redirect(SearchLinks.Url(SearchParameters.From(Request.Query).Request with { Page = 1 }));

    public async Task<IActionResult> OnPostPreviewAsync(string? tagText, string? operation, CancellationToken cancellationToken)
    {
        Search = PostedSearch();
        TagText = tagText?.Trim();
        Operation = Parse(operation);
        if (Operation is { } op)
            Preview = await bulk.PreviewAsync(Search, TagText, op, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int tagId, string? operation, int previewed, CancellationToken cancellationToken)
    {
        Search = PostedSearch();
        Operation = Parse(operation);
        if (Operation is not { } op)
            return Page();

        var outcome = await bulk.ApplyAsync(Search, tagId, op, previewed, EditorActor.Of(User), cancellationToken);
        if (!outcome.Succeeded)
        {
            Refused = outcome;
            return Page();
        }

        var label = outcome.Tag!.Label();
        var done = op == BulkTagOperation.Add
            ? text["BulkTag.Added", label, outcome.Changed.ToString("N0")]
            : text["BulkTag.Removed", label, outcome.Changed.ToString("N0")];
        TempData[StatusKey] = outcome.ResultChanged
            ? $"{done} {text["BulkTag.ResultChanged", previewed.ToString("N0"), outcome.Matching.ToString("N0")]}"
            : done.Value;
        return Redirect(SearchUrl);
    }

    private SearchRequest PostedSearch() =>
        SearchParameters.From(new QueryCollection(Request.Form.ToDictionary(f => f.Key, f => f.Value))).Request with { Page = 1 };

    private static BulkTagOperation? Parse(string? operation) => operation switch
    {
        "add" => BulkTagOperation.Add,
        "remove" => BulkTagOperation.Remove,
        _ => null,
    };
}
