using Archive.Core.Data;
using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>
/// Hosts the catch-up loop for the app's lifetime: the index follows the database's outbox, every interval and, on
/// PostgreSQL, whenever another node's write is notified (<see cref="OutboxNotifications"/>).
/// </summary>
public sealed class SearchIndexService(SearchIndexCatchUpLoop loop, IServiceProvider services) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Catch up now rather than at the next interval, e.g. after an import.</summary>
    public void Signal() => loop.Signal();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var catchUp = loop.RunAsync(() => SearchServices.CreateDbContext(services), Interval, stoppingToken);
        var location = services.GetRequiredService<ArchiveDatabaseLocation>();
        if (location.Provider != ArchiveDatabaseProvider.PostgreSQL)
            return catchUp;
        var notifications = new OutboxNotifications(location.ConnectionString, services.GetRequiredService<ILogger<OutboxNotifications>>());
        return Task.WhenAll(catchUp, notifications.ListenAsync(loop.Signal, stoppingToken));
    }
}
