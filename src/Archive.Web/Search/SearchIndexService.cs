using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>Hosts the catch-up loop for the app's lifetime: the index follows SQLite's outbox.</summary>
public sealed class SearchIndexService(SearchIndexCatchUpLoop loop, IServiceProvider services) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Catch up now rather than at the next interval, e.g. after an import.</summary>
    public void Signal() => loop.Signal();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(() => SearchServices.CreateDbContext(services), Interval, stoppingToken);
}
