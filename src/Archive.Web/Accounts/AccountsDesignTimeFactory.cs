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

/// <summary>Lets `dotnet ef migrations add --context PostgresAccountsDbContext` build the model; it never connects.</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsDbContext>()
            .UseNpgsql("Host=localhost;Database=archive_design_time", x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .Options);
}
