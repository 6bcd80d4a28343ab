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

    [Fact]
    public async Task Copy_bands_are_kept_in_their_key_without_a_rowid()
    {
        var file = Path.Combine(_folder, "archive.db");
        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new ArchiveDbContext(options);

        await ArchiveDatabase.MigrateAsync(db);

        var sql = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'CopyBands'").ToListAsync();
        Assert.Contains("WITHOUT ROWID", sql.Single(), StringComparison.Ordinal);
        var indexes = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CopyBands' AND sql IS NOT NULL").ToListAsync();
        Assert.Equal(["IX_CopyBands_ArticleId"], indexes);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
