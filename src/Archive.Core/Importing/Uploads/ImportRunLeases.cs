using Archive.Core.Data;

namespace Archive.Core.Importing.Uploads;

/// <summary>
/// Who may import a staged upload run right now. Every web node on one database sweeps for unfinished runs, so two
/// could pick the same one: each takes the run's lease first and skips the run when another holds it. A lease lives
/// as long as its holder's process (a file lock on one machine, a PostgreSQL session advisory lock across several),
/// so a node that dies mid-import lets go of its runs without anyone having to notice, and the next sweep takes them up.
/// </summary>
public abstract class ImportRunLeases
{
    /// <summary>The run's lease, held until the handle is disposed; null when another process holds it.</summary>
    public abstract Task<IAsyncDisposable?> TryTakeAsync(int importRunId, CancellationToken cancellationToken = default);

    /// <summary>Advisory locks on PostgreSQL; on SQLite, whose processes all share one machine, a lock file per run in <paramref name="uploadsFolder"/>.</summary>
    public static ImportRunLeases For(ArchiveDatabaseLocation location, string uploadsFolder)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Provider == ArchiveDatabaseProvider.PostgreSQL
            ? new PostgresImportRunLeases(location.ConnectionString)
            : new FileImportRunLeases(uploadsFolder);
    }
}
