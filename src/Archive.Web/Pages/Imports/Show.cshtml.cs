using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Archive.Web.Accounts;
using Archive.Web.Api;
using Archive.Web.Importing;
using Microsoft.AspNetCore.Authorization;
using Archive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Imports;

/// <summary>One import run: what became of each file, with links to the articles it created.</summary>
public sealed class ShowModel(ArchiveDbContext db, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 100;

    public sealed record Run(
        int Id, DateTime StartedAt, DateTime? FinishedAt, string Source, ImportRunStatus Status, string? StatusReason, ImportReasonCode? StatusCode, string? StatusArguments,
        int FilesSeen, int FilesDone, int Imported, int Duplicates, int Failed)
    {
        public bool Finished => ImportsApi.IsFinished(Status);
    }

    public sealed record FileRow(
        string Path, ImportFileOutcome Outcome, string? Reason, UploadRefusal? RefusalCode, string? RefusalArguments, ImportReasonCode? ReasonCode, string? ReasonArguments,
        int? ArticleId, string? ArticleSlug, string? ArticleTitle);

    public sealed record Result(Run Run, IReadOnlyList<FileRow> Files, int FileCount, ImportFileOutcome? Outcome, Pager Pager);

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        int id, [FromQuery(Name = "page")] int? pageNumber, string? outcome, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new Run(
                r.Id, r.StartedAt, r.FinishedAt, r.Source, r.Status, r.StatusReason, r.StatusCode, r.StatusArguments, r.FilesSeen, r.FilesDone, r.Imported, r.Duplicates, r.Failed))
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
            return NotFound();

        ImportFileOutcome? chosen = Enum.TryParse<ImportFileOutcome>(outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
        var files = db.ImportRunFiles.AsNoTracking().Where(f => f.ImportRunId == id);
        if (chosen is not null)
            files = files.Where(f => f.Outcome == chosen);

        var page = Math.Max(pageNumber ?? 1, 1);
        var count = await files.CountAsync(cancellationToken);
        var rows = (long)(page - 1) * PageSize >= count
            ? []
            : await (
                from f in files.OrderBy(f => f.Id).Skip((page - 1) * PageSize).Take(PageSize)
                join a in db.Articles on f.ArticleId equals a.Id into created
                from a in created.DefaultIfEmpty()
                select new FileRow(
                    f.Path, f.Outcome, f.Reason, f.RefusalCode, f.RefusalArguments, f.ReasonCode, f.ReasonArguments, f.ArticleId, a == null ? null : a.Slug, a == null ? null : a.Title))
                .ToListAsync(cancellationToken);

        // Readers see paths from the imported folder down, never the server's folders; editors see them whole.
        var fullPaths = (await authorization.AuthorizeAsync(User, ArchivePolicies.Editor)).Succeeded;
        rows = [.. rows.Select(f => f with { Path = ImportPaths.File(f.Path, run.Source, fullPaths) })];
        run = run with { Source = ImportPaths.Source(run.Source, fullPaths) };
        var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        var outcomeParameter = chosen is null ? "" : $"outcome={chosen.Value.ToString().ToLowerInvariant()}&";
        Data = new Result(run, rows, count, chosen,
            new Pager(page, pageCount, n => $"/imports/{id}?{outcomeParameter}page={n}"));
        return Page();
    }
}
