using Archive.Benchmarks.ArchiveSide;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.Quality;

/// <summary>
/// Imports files with the archive's own importer into a fresh database and hands back, per file,
/// the article stored for it (null when the import failed) and the recorded reason.
/// </summary>
public static class QualityImport
{
    public sealed record Outcome(string File, Article? Article, string? Reason);

    public static async Task<IReadOnlyList<Outcome>> ImportAsync(string workFolder, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var database = Path.Combine(workFolder, $"quality-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = ArchiveImport.OpenDatabase($"Data Source={database};Pooling=False");
            await ArchiveDatabase.MigrateAsync(db, cancellationToken);
            var importer = new ArticleImporter(db, new ImportOptions(), NullLogger<ArticleImporter>.Instance);
            var summary = await importer.ImportAsync(files, "quality benchmark", cancellationToken: cancellationToken);
            var ids = summary.Files.Where(f => f.ArticleId is not null).Select(f => f.ArticleId!.Value).Distinct().ToList();
            var articles = await db.Articles.AsNoTracking().Include(a => a.Outlet).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
            return [.. summary.Files.Select(f => new Outcome(
                f.Path,
                f.ArticleId is { } id && articles.TryGetValue(id, out var article) ? article : null,
                f.Reason))];
        }
        finally
        {
            foreach (var file in Directory.GetFiles(workFolder, Path.GetFileName(database) + "*"))
                File.Delete(file);
        }
    }
}
