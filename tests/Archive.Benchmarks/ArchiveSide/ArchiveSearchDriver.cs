using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Searching;

namespace Archive.Benchmarks.ArchiveSide;

/// <summary>Archive's search service (index catch-up and queries with snippets and facets) as the runner drives it.</summary>
public sealed class ArchiveSearchDriver(string connectionString) : IDisposable
{
    /// <summary>Why Archive's search cannot be driven in this build, or null when it can.</summary>
    public static string? Unavailable =>
        "Archive.Core.Search (SearchIndex, SearchIndexer, ArticleSearch) is not in this build yet";

    public static string IndexFolder(string connectionString) =>
        Path.Combine(Core.Data.ArchiveDatabase.DataFolderOf(connectionString), "index");

    /// <summary>The fields Archive's index keeps, for bare queries on the same index.</summary>
    public static LuceneSchema Schema { get; } = new(
        [("title_es", "es", 3f), ("body_es", "es", 1f), ("title_en", "en", 3f), ("body_en", "en", 1f)],
        ["title_exact", "body_exact"], "lang", "id");

    public static ArchiveSearchDriver Open(string connectionString) => new(connectionString);

    public Task CatchUpAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{Unavailable} ({connectionString})");

    public SearchOutcome Search(QuerySpec spec) =>
        throw new InvalidOperationException($"{Unavailable} ({connectionString}, {spec.Text})");

    public void Dispose()
    {
    }
}
