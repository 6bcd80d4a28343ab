using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

/// <summary>
/// Identity's tables in the archive's database (as itself, the SQLite context; <see cref="PostgresAccountsDbContext"/> on PostgreSQL). Its own migrations and history table keep it
/// independent of Core's model, which knows nothing of ASP.NET.
/// </summary>
public class AccountsDbContext : IdentityDbContext<ArchiveUser>
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the per-provider subclasses, each with its own migrations.</summary>
    protected AccountsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";
}
