using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Importing;

/// <summary>
/// An import over paths (the CLI's, the first-start seed import) lives only in the process running it:
/// unlike an upload there is no staged copy to resume from. Every such process holds this lock, shared,
/// in the data folder while it imports, and the operating system lets go of it when the process dies.
/// So when nobody holds it, a path run still marked Running was left by a process that was killed,
/// and nothing will ever finish it: <see cref="InterruptOrphanedRunsAsync"/> marks it Interrupted.
/// Its committed batches stay; importing the same files again finishes the job (the rest count as duplicates).
/// </summary>
public static class PathImportLock
{
    public const string FileName = "imports.lock";

    public const string OrphanedReason =
        "the process importing these files stopped before it finished; import the same files again to finish (files already imported count as duplicates)";

    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(50);
    private const int Attempts = 200;

    /// <summary>Held (shared with other importing processes) for as long as the returned handle lives.</summary>
    public static async Task<IDisposable> HoldAsync(string dataFolder, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Open(dataFolder, FileShare.ReadWrite);
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Another process is sweeping orphaned runs; that takes milliseconds.
                await Task.Delay(_retryDelay, cancellationToken);
            }
        }
    }

    /// <summary>Marks path runs left Running by a dead process Interrupted; does nothing while any process imports paths.</summary>
    /// <returns>How many runs were marked.</returns>
    public static async Task<int> InterruptOrphanedRunsAsync(ArchiveDbContext db, string dataFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        FileStream exclusive;
        try
        {
            exclusive = Open(dataFolder, FileShare.None);
        }
        catch (IOException)
        {
            return 0;
        }
        await using (exclusive)
        {
            var now = DateTime.UtcNow;
            return await db.ImportRuns
                .Where(r => r.Status == ImportRunStatus.Running && r.StagingFolder == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Status, ImportRunStatus.Interrupted)
                        .SetProperty(r => r.FinishedAt, now)
                        .SetProperty(r => r.StatusReason, OrphanedReason),
                    cancellationToken);
        }
    }

    private static FileStream Open(string dataFolder, FileShare share)
    {
        Directory.CreateDirectory(dataFolder);
        return new FileStream(Path.Combine(dataFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
    }
}
