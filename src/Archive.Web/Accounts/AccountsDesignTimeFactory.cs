using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Web.Accounts;

/// <summary>Lets `dotnet ef migrations add --context AccountsDbContext` build the model without the web host.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountsDbContext>()
            .UseSqlite("Data Source=design-time.db", x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .Options);
}
