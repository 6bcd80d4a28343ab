using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Web.Accounts;
using Archive.Web.Importing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Api;

/// <summary>GET /api/imports/{id}: one import run's status and progress, polled by the run page while it is queued or running.</summary>
public static class ImportsApi
{
    /// <summary>
    /// The contract (README): <c>status</c> is queued, running, completed, failed or interrupted;
    /// <c>finished</c> tells a poller to stop; <c>reason</c> says why a run stopped when its status alone does not.
    /// </summary>
    public sealed record ImportRunStatusItem(
        int Id,
        string Status,
        bool Finished,
        string Source,
        DateTime StartedAt,
        DateTime? FinishedAt,
        int FilesTotal,
        int FilesDone,
        int Imported,
        int Duplicates,
        int Failed,
        string? Reason);

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/imports/{id:int}", async Task<IResult> (
            int id, ArchiveDbContext db, HttpContext context, IAuthorizationService authorization, CancellationToken cancellationToken) =>
        {
            var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (run is null)
                return TypedResults.NotFound();
            var fullPaths = (await authorization.AuthorizeAsync(context.User, ArchivePolicies.Editor)).Succeeded;
            return TypedResults.Ok(ItemOf(run) with { Source = ImportPaths.Source(run.Source, fullPaths) });
        });
        return app;
    }

    public static bool IsFinished(ImportRunStatus status) => status is not (ImportRunStatus.Queued or ImportRunStatus.Running);

    private static ImportRunStatusItem ItemOf(ImportRun run) => new(
        run.Id,
        run.Status.ToString().ToLowerInvariant(),
        IsFinished(run.Status),
        run.Source,
        run.StartedAt,
        run.FinishedAt,
        run.FilesSeen,
        run.FilesDone,
        run.Imported,
        run.Duplicates,
        run.Failed,
        run.StatusReason);
}
