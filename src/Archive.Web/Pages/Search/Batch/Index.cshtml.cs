using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Accounts;
using Archive.Web.Research;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search.Batch;

/// <summary>/search/batch: paste or upload up to 1,000 queries; they run in the background and the answer has its own page.</summary>
[Authorize(Policy = ArchivePolicies.Researcher)]
public sealed class IndexModel(BatchSubmission submission, BatchSearches batches) : PageModel
{
    public IReadOnlyList<BatchSearch> Recent { get; private set; } = [];

    /// <summary>Lines sent when the batch was refused for having too many.</summary>
    public int? RefusedLines { get; private set; }

    public bool Empty { get; private set; }

    public string? Queries { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = await batches.ListAsync(EditorActor.Of(User).UserId, cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? queries, IFormFile? file, string? lang, string? outlet, string? tag, CancellationToken cancellationToken)
    {
        var filters = new SearchRequest { Languages = Values(lang), Outlets = Values(outlet), Tags = Values(tag) };
        string body;
        var csv = false;
        if (file is { Length: > 0 })
        {
            if (file.Length > BatchSubmission.MaxBodyChars * 4L)
                return await RefuseAsync(null, cancellationToken);
            using var reader = new StreamReader(file.OpenReadStream());
            body = await reader.ReadToEndAsync(cancellationToken);
            csv = BatchSubmission.IsCsv(file.ContentType, file.FileName);
        }
        else
        {
            body = queries ?? "";
        }
        if (body.Length > BatchSubmission.MaxBodyChars)
            return await RefuseAsync(null, cancellationToken);

        var outcome = await submission.SubmitAsync(EditorActor.Of(User).UserId, body, csv, filters, cancellationToken);
        if (outcome.Batch is null)
            return await RefuseAsync(outcome.Lines, cancellationToken);
        if (outcome.Lines == 0)
        {
            Empty = true;
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return RedirectToPage("/Search/Batch/Show", new { id = outcome.Batch.Id });
    }

    private async Task<IActionResult> RefuseAsync(int? lines, CancellationToken cancellationToken)
    {
        RefusedLines = lines ?? BatchSearch.MaxLines + 1;
        await OnGetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }

    private static string[] Values(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];
}
