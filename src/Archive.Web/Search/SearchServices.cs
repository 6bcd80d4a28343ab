using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Web.Search;

public static class SearchServices
{
    /// <summary>The web app's search: Core's index and searches, kept current by <see cref="SearchIndexService"/>.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddArchiveSearchIndex(IndexFolder);
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
}
