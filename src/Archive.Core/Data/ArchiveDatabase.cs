using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

public static class ArchiveDatabase
{
    /// <summary>
    /// Applies pending migrations (the provider's own set) and, on SQLite, switches the file to WAL, so
    /// readers (pages, search catch-up) never wait on an import's write transaction.
    /// </summary>
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        EnsureDirectoryFor(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>PostgreSQL through Npgsql's connection pool; timestamps are <c>timestamp with time zone</c>, always UTC.</summary>
    public static TBuilder UseArchivePostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString);
        return options;
    }

    /// <summary>
    /// Points a context at one connection, opened here and kept until the context is disposed. Left to
    /// itself EF Core opens and closes around every query, and each open takes Microsoft.Data.Sqlite's
    /// pool lock and registers EF's SQL functions again; a page runs four to six queries, and under load
    /// requests queued on that lock (profiled with dotnet-trace for issue 7).
    /// </summary>
    public static TBuilder UseArchiveSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureDirectoryFor(connectionString);
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        options.UseSqlite(connection, contextOwnsConnection: true);
        return options;
    }

    /// <summary>SQLite creates the file but not its folder; a fresh clone has no data folder yet.</summary>
    public static void EnsureDirectoryFor(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    /// <summary>The folder that holds an SQLite database file; derived data (the search index) lives beside it.</summary>
    public static string DataFolderOf(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(dataSource)) ?? Directory.GetCurrentDirectory();
    }
}
