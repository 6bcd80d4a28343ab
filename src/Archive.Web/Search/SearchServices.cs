using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Web.Search;

public static class SearchServices
{
    private const int OpenAttempts = 10;
    private static readonly TimeSpan _openRetryDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>The web app's search: one index (and one writer) per process, kept current by <see cref="SearchIndexService"/>.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => OpenIndex(IndexFolder(sp), sp.GetRequiredService<ILogger<SearchIndex>>(), sp.GetRequiredService<IOptions<SearchIndexOptions>>().Value));
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<SearchIndexCatchUpLoop>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<RelatedArticles>();
        services.AddScoped<SearchBulkTagging>();
        services.AddSingleton<SearchIndexService>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexService>());
        return services;
    }

    /// <summary>Where the index lives: <c>Archive:SearchIndexPath</c>, else the folder <c>index</c> in the data folder (beside an SQLite file).</summary>
    public static string IndexFolder(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<ArchiveOptions>>().Value.SearchIndexPath;
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(services.GetRequiredService<ArchiveDatabaseLocation>().DataFolder, "index")
            : Path.GetFullPath(Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, configured));
    }

    /// <summary>A fresh context outside any request scope, for the catch-up loop and the CLI.</summary>
    public static ArchiveDbContext CreateDbContext(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

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
