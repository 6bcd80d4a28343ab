using Medallion.Threading.Postgres;

namespace Archive.Core.Importing.Uploads;

/// <summary>
/// A session advisory lock per run (DistributedLock.Postgres), on a connection of its own held for the import. The
/// server lets go of it when that connection ends, which a killed node's does at once.
/// </summary>
internal sealed class PostgresImportRunLeases(string connectionString) : ImportRunLeases
{
    public override async Task<IAsyncDisposable?> TryTakeAsync(int importRunId, CancellationToken cancellationToken = default)
    {
        var key = new PostgresAdvisoryLockKey(FormattableString.Invariant($"archive.import-run.{importRunId}"), allowHashing: true);
        return await new PostgresDistributedLock(key, connectionString).TryAcquireAsync(TimeSpan.Zero, cancellationToken);
    }
}
