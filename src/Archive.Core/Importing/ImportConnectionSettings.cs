using System.Globalization;
using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Importing;

/// <summary>
/// SQLite settings for the import's own connection while it runs, restored afterwards (the
/// connection may go back to the pool). With the database in WAL mode, synchronous=NORMAL stops
/// every batch commit from waiting on an fsync (about 9 ms each on the benchmark machine, 500 of
/// them per 100,000 files): a committed batch still survives the process dying, and only a power
/// loss can undo the latest batches, together with the files they recorded, so a resumed run
/// imports them again. A larger auto-checkpoint moves the WAL into the database less often, each
/// checkpoint being two more fsyncs and a pass over every page the batches touched since the last one:
/// the band and entity indexes are written all over, so a page is as often written again by the next
/// batches, and a longer WAL copies it into the database once instead of several times. At 32,768 pages
/// the WAL file grows to about 128 MB during a long import (SQLite writes it from the start again after
/// each checkpoint, and removes it when the last connection closes).
/// </summary>
internal sealed class ImportConnectionSettings : IAsyncDisposable
{
    private const int ImportWalAutoCheckpointPages = 32768;

    private readonly SqliteConnection _connection;
    private readonly long _synchronous;
    private readonly long _walAutoCheckpoint;

    private ImportConnectionSettings(SqliteConnection connection, long synchronous, long walAutoCheckpoint)
    {
        _connection = connection;
        _synchronous = synchronous;
        _walAutoCheckpoint = walAutoCheckpoint;
    }

    /// <summary>Null when the database is not in WAL mode: there NORMAL would risk more than the latest batches.</summary>
    public static async Task<ImportConnectionSettings?> ApplyAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection || connection.State != System.Data.ConnectionState.Open)
            return null;
        var journalMode = (string?)await ScalarAsync(connection, "PRAGMA journal_mode;", cancellationToken);
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            return null;
        var synchronous = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken), CultureInfo.InvariantCulture);
        var checkpoint = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA wal_autocheckpoint;", cancellationToken), CultureInfo.InvariantCulture);
        await ScalarAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken);
        await ScalarAsync(connection, FormattableString.Invariant($"PRAGMA wal_autocheckpoint={ImportWalAutoCheckpointPages};"), cancellationToken);
        return new ImportConnectionSettings(connection, synchronous, checkpoint);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
            return;
        await ScalarAsync(_connection, FormattableString.Invariant($"PRAGMA synchronous={_synchronous};"), CancellationToken.None);
        await ScalarAsync(_connection, FormattableString.Invariant($"PRAGMA wal_autocheckpoint={_walAutoCheckpoint};"), CancellationToken.None);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
