using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-migrations-").FullName;

    [Fact]
    public async Task Migrations_create_the_schema_in_a_new_folder_and_switch_to_wal()
    {
        var file = Path.Combine(_folder, "nested", "archive.db");
        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new ArchiveDbContext(options);

        await ArchiveDatabase.MigrateAsync(db);

        Assert.True(File.Exists(file));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
