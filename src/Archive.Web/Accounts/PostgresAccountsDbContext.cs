using Archive.Core.Data.PostgreSQL;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

/// <summary>The accounts on PostgreSQL: the same Identity model, its own migrations in <c>Accounts/PostgreSQL/Migrations</c>.</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PostgresModel.MatchSqlite(builder);
    }
}
