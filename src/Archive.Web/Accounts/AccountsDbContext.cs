using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

/// <summary>
/// Identity's tables in the archive's SQLite file. Its own migrations and history table keep it
/// independent of Core's model, which knows nothing of ASP.NET.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<ArchiveUser>(options)
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";
}
