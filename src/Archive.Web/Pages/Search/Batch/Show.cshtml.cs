using Archive.Core.Research;
using Archive.Web.Accounts;
using Archive.Web.Research;
using Archive.Web.Resources;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Pages.Search.Batch;

/// <summary>/search/batch/{id}: a batch's progress while it runs, then each line's count and the downloads.</summary>
[Authorize(Policy = ArchivePolicies.Researcher)]
public sealed class ShowModel(BatchSearches batches, IStringLocalizer<SharedResource> text) : PageModel
{
    public BatchSearchAnswer Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(EditorActor.Of(User).UserId, id, cancellationToken) is not { } batch)
            return NotFound();
        Answer = BatchSearchAnswer.From(batch, Request, text);
        return Page();
    }
}
