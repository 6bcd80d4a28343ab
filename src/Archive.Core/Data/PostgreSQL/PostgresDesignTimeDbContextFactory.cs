using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Core.Data.PostgreSQL;

/// <summary>Lets `dotnet ef migrations add --context PostgresArchiveDbContext` build the model; it never connects.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresArchiveDbContext>
{
    public PostgresArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseNpgsql("Host=localhost;Database=archive_design_time")
            .Options);
}
