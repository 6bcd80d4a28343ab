using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Searching;
using Archive.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.ArchiveSide;

/// <summary>
/// Archive's search service as the app wires it: the one <see cref="SearchIndex"/> beside the
/// database, <see cref="SearchIndexer"/> catching up from the outbox, <see cref="ArticleSearch"/> answering
/// with snippets, facets and suggestions.
/// </summary>
public sealed class ArchiveSearchDriver : IDisposable
{
    private readonly string _connectionString;
    private readonly SearchIndex _index;
    private readonly ArticleSearch _search;

    private ArchiveSearchDriver(string connectionString)
    {
        _connectionString = connectionString;
        _index = SearchIndex.Open(SearchIndex.FolderBeside(connectionString), options: IndexOptions);
        _search = new ArticleSearch(_index);
    }

    /// <summary>
    /// The app's <c>Archive:SearchIndex</c> settings, read from the environment as the child app reads them
    /// (<c>Archive__SearchIndex__FileAccess=Mapped</c>), so one variable sets both the in-process index and the app.
    /// </summary>
    public static SearchIndexOptions IndexOptions { get; } =
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(SearchIndexOptions.SectionName).Get<SearchIndexOptions>() ?? new SearchIndexOptions();

    /// <summary>Why Archive's search cannot be driven in this build, or null when it can.</summary>
    public static string? Unavailable => null;

    public static string IndexFolder(string connectionString) => SearchIndex.FolderBeside(connectionString);

    /// <summary>The fields Archive's index keeps (see Archive.Core.Search.SearchFields), for bare queries on the same index.</summary>
    public static LuceneSchema Schema { get; } = new(
        [("title_es", "es", 3f), ("body_es", "es", 1f), ("title_en", "en", 3f), ("body_en", "en", 1f)],
        ["title_exact", "body_exact"], "lang", "id");

    public static ArchiveSearchDriver Open(string connectionString) => new(connectionString);

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = ArchiveImport.OpenDatabase(_connectionString);
        await new SearchIndexer(_index, NullLogger<SearchIndexer>.Instance).CatchUpAsync(db, cancellationToken);
    }

    public SearchOutcome Search(QuerySpec spec)
    {
        var result = _search.Search(RequestFor(spec));
        return new SearchOutcome(result.Total, result.Items.Count, result.Suggestions.Count > 0 ? result.Suggestions[0] : null);
    }

    /// <summary>The search's timeline, as /api/search/timeline answers it (interval chosen by the span).</summary>
    public Timeline Timeline(QuerySpec spec) => _search.Timeline(RequestFor(spec));

    /// <summary>The search's top words, as /api/search/words answers them.</summary>
    public TopWords TopWords(QuerySpec spec) => _search.TopWords(RequestFor(spec));

    // The facet filter is a click on a facet (a request filter), not typed syntax.
    private static SearchRequest RequestFor(QuerySpec spec) => new()
    {
        Query = spec.Language is null ? spec.Text : string.Join(' ', spec.Words),
        Languages = spec.Language is null ? [] : [spec.Language],
        Page = spec.Page,
        PageSize = QuerySpec.PageSize,
    };

    /// <summary>The first <paramref name="pageSize"/> hits by relevance, as /search shows them.</summary>
    public SearchResult SearchTop(string query, int pageSize) =>
        _search.Search(new SearchRequest { Query = query, PageSize = pageSize });

    public void Dispose() => _index.Dispose();
}
