using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Search;

/// <summary>Core's search services: one index (and one writer) per process, its indexer and catch-up loop, and the searches on it.</summary>
public static class SearchIndexServices
{
    private const int OpenAttempts = 10;
    private static readonly TimeSpan _openRetryDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Registers the index at the folder <paramref name="indexFolder"/> names (the host decides where it lives) and
    /// what runs on it. Keeping it current in the background is the host's: the web app runs the catch-up loop.
    /// </summary>
    public static IServiceCollection AddArchiveSearchIndex(this IServiceCollection services, Func<IServiceProvider, string> indexFolder)
    {
        ArgumentNullException.ThrowIfNull(indexFolder);
        services.AddSingleton(sp => OpenIndex(indexFolder(sp), sp.GetRequiredService<ILogger<SearchIndex>>(), sp.GetRequiredService<IOptions<SearchIndexOptions>>().Value));
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<SearchIndexCatchUpLoop>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<RelatedArticles>();
        services.AddScoped<SearchBulkTagging>();
        return services;
    }

    /// <summary>
    /// The previous process (a restart, or a CLI reindex about to finish) may still hold the lock for
    /// a moment, so a held lock is retried briefly before the app refuses to start.
    /// </summary>
    private static SearchIndex OpenIndex(string folder, ILogger<SearchIndex> logger, SearchIndexOptions options)
    {
        for (var attempt = 1; ; attempt++)
        {
            var index = SearchIndex.TryOpen(folder, logger, options);
            if (index is not null)
                return index;
            if (attempt == OpenAttempts)
                throw new SearchIndexLockedException(folder);
            logger.LogWarning("Search index in {Folder} is locked by another process; retrying ({Attempt}/{Attempts})", folder, attempt, OpenAttempts);
            Thread.Sleep(_openRetryDelay);
        }
    }
}
