using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Testing;

/// <summary>
/// An SQLite archive in a temporary folder, migrated as the app migrates it, for the Core tests that drive Core's
/// services directly. Tests of the whole app, on either provider, use <see cref="TestDatabase"/>.
/// </summary>
public sealed class TempArchive : IDisposable
{
    private TempArchive(string prefix)
    {
        Folder = new TempFolder(prefix);
        ConnectionString = $"Data Source={Folder.Combine("archive.db")}";
    }

    public TempFolder Folder { get; }

    public string ConnectionString { get; }

    public static async Task<TempArchive> CreateAsync(string prefix = "archive-test-")
    {
        var archive = new TempArchive(prefix);
        await using var db = archive.NewContext();
        await ArchiveDatabase.MigrateAsync(db);
        return archive;
    }

    /// <summary>A context of its own on the archive, as another request or process would open one.</summary>
    public ArchiveDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose() => Folder.Dispose();
}
