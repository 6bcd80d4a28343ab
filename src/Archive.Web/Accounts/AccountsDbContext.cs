using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

/// <summary>
/// Identity's tables in the archive's database (as itself, the SQLite context; <see cref="PostgresAccountsDbContext"/> on PostgreSQL). Its own migrations and history table keep it
/// independent of Core's model, which knows nothing of ASP.NET. The data-protection keys that sign cookies and form
/// tokens live here too, so every web node on one database honours what another issued.
/// </summary>
public class AccountsDbContext : IdentityDbContext<ArchiveUser>, IDataProtectionKeyContext
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

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
