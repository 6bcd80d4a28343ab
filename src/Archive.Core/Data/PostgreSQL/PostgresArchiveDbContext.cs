using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data.PostgreSQL;

/// <summary>
/// The archive on PostgreSQL: the same model, its own migrations (<c>Data/PostgreSQL/Migrations</c>), as
/// EF Core's guidance on several providers has it. Created by <see cref="ArchiveDbContextFactory"/> when
/// <c>Archive:Database</c> is <c>PostgreSQL</c>; code asks for <see cref="ArchiveDbContext"/> either way.
/// </summary>
public sealed class PostgresArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : ArchiveDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        PostgresModel.MatchSqlite(modelBuilder);
    }
}
