using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Archive.Web.Accounts;
using Archive.Web.Importing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Imports;

/// <summary>Editors upload article files or zips; the import runs in the background and the browser goes to the run's page.</summary>
[Authorize(Policy = ArchivePolicies.Editor)]
[UploadFormLimits]
public sealed class NewModel(
    UploadReceiver receiver, QueuedImports queue, UploadOptions options, ArticleFormatRegistry formats, ILogger<NewModel> logger) : PageModel
{
    public const string FilesField = "files";

    /// <summary>Why the upload as a whole was not taken; refusals of single files are listed on the run instead.</summary>
    public enum Problem
    {
        Empty,
        TooLarge,
        Busy,
    }

    public Problem? Refused { get; private set; }

    public UploadOptions Limits => options;

    /// <summary>The file picker's filter: every registered format's extensions, and zips of them.</summary>
    public string Accept => string.Join(',', formats.Extensions.Append(".zip"));

    public void OnGet(string? problem)
    {
        if (problem == UploadFormLimitsAttribute.TooLargeProblem)
        {
            Refused = Problem.TooLarge;
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var files = Request.HasFormContentType
            ? Request.Form.Files.Where(f => f.Name == FilesField && !string.IsNullOrWhiteSpace(f.FileName)).ToList()
            : [];
        if (files.Count == 0)
            return Refuse(Problem.Empty, StatusCodes.Status400BadRequest);
        if (queue.IsFull)
            return Refuse(Problem.Busy, StatusCodes.Status503ServiceUnavailable);

        var receipt = await receiver.ReceiveAsync(
            files.Select(f => new UploadedFile(f.FileName, f.OpenReadStream)).ToList(), cancellationToken);
        if (receipt.Queued && !queue.TryEnqueue(receipt.ImportRunId))
        {
            // Another upload took the last place between the check and now: this one is not kept half-done.
            await receiver.AbandonAsync(receipt.ImportRunId, ImportReason.Of(ImportReasonCode.QueueFull), CancellationToken.None);
            logger.LogWarning("Upload run {ImportRunId} abandoned: the import queue is full", receipt.ImportRunId);
            return Refuse(Problem.Busy, StatusCodes.Status503ServiceUnavailable);
        }
        return Redirect($"/imports/{receipt.ImportRunId}");
    }

    private PageResult Refuse(Problem problem, int statusCode)
    {
        Refused = problem;
        Response.StatusCode = statusCode;
        return Page();
    }
}
