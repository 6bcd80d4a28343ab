using Archive.Core.Data.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Data;

/// <summary>
/// Makes the archive's contexts for the configured provider: the request-scoped one and the short-lived
/// ones of background work (index catch-up, the import queue, CLI commands). On SQLite each context gets
/// its own open connection (see <see cref="ArchiveDatabase.UseArchiveSqlite"/>); on PostgreSQL the options
/// are built once and connections come from Npgsql's pool.
/// </summary>
public sealed class ArchiveDbContextFactory : IDbContextFactory<ArchiveDbContext>
{
    private readonly ArchiveDatabaseLocation _location;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly DbContextOptions<ArchiveDbContext>? _postgresOptions;

    public ArchiveDbContextFactory(ArchiveDatabaseLocation location, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        _location = location;
        _loggerFactory = loggerFactory;
        if (location.Provider == ArchiveDatabaseProvider.PostgreSQL)
            _postgresOptions = Logged(new DbContextOptionsBuilder<ArchiveDbContext>().UseArchivePostgres(location.ConnectionString)).Options;
    }

    public ArchiveDatabaseProvider Provider => _location.Provider;

    public ArchiveDbContext CreateDbContext() => _postgresOptions is not null
        ? new PostgresArchiveDbContext(_postgresOptions)
        : new ArchiveDbContext(Logged(new DbContextOptionsBuilder<ArchiveDbContext>().UseArchiveSqlite(_location.ConnectionString)).Options);

    private DbContextOptionsBuilder<ArchiveDbContext> Logged(DbContextOptionsBuilder<ArchiveDbContext> builder) =>
        _loggerFactory is null ? builder : builder.UseLoggerFactory(_loggerFactory);
}
