using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Web.Accounts;
using Archive.Web.Api;
using Archive.Web.Importing;
using Microsoft.AspNetCore.Authorization;
using Archive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Imports;

/// <summary>Every import run, newest first, with its counts.</summary>
public sealed class IndexModel(ArchiveDbContext db, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(
        int Id, DateTime StartedAt, DateTime? FinishedAt, string Source, ImportRunStatus Status,
        int FilesSeen, int FilesDone, int Imported, int Duplicates, int Failed)
    {
        public bool Finished => ImportsApi.IsFinished(Status);
    }

    public sealed record Result(IReadOnlyList<Row> Runs, int Total, Pager Pager);

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var page = Math.Max(pageNumber ?? 1, 1);
        var total = await db.ImportRuns.CountAsync(cancellationToken);
        var runs = (long)(page - 1) * PageSize >= total
            ? []
            : await db.ImportRuns.AsNoTracking()
                .OrderByDescending(r => r.Id)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(r => new Row(r.Id, r.StartedAt, r.FinishedAt, r.Source, r.Status, r.FilesSeen, r.FilesDone, r.Imported, r.Duplicates, r.Failed))
                .ToListAsync(cancellationToken);
        // Readers see sources without the server's folders; editors see them whole.
        var fullPaths = (await authorization.AuthorizeAsync(User, ArchivePolicies.Editor)).Succeeded;
        runs = [.. runs.Select(r => r with { Source = ImportPaths.Source(r.Source, fullPaths) })];
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        Data = new Result(runs, total, new Pager(page, pageCount, n => n == 1 ? "/imports" : $"/imports?page={n}"));
    }
}
