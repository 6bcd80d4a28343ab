using Archive.Core.Data;
using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.ArchiveSide;

/// <summary>Archive's own import path, called the way the app and its CLI call it.</summary>
public static class ArchiveImport
{
    /// <summary>The app's way: one connection opened up front and owned by the context.</summary>
    public static ArchiveDbContext OpenDatabase(string connectionString) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseArchiveSqlite(connectionString).Options);

    public static async Task<ImportSummary> ImportAsync(string connectionString, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        await using var db = OpenDatabase(connectionString);
        await ArchiveDatabase.MigrateAsync(db, cancellationToken);
        var importer = new ArticleImporter(db, new ImportOptions(), NullLogger<ArticleImporter>.Instance);
        return await importer.ImportAsync(files, "benchmark", new ConsoleProgress(files.Count), cancellationToken);
    }

    private sealed class ConsoleProgress(int total) : IProgress<ImportProgress>
    {
        private int _reported;

        public void Report(ImportProgress value)
        {
            var tenth = total == 0 ? 10 : value.FilesDone * 10 / total;
            if (tenth <= _reported)
                return;
            _reported = tenth;
            Console.WriteLine($"    importer: {value.FilesDone:N0}/{value.FilesTotal:N0} files, {value.Imported:N0} imported, {value.Duplicates:N0} duplicates, {value.Failed:N0} failed");
        }
    }
}
