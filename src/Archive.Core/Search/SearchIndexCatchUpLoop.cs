using Archive.Core.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Search;

/// <summary>
/// Keeps the running app's index current: first makes it ready (rebuilding if needed, without
/// blocking start-up), then catches up from the outbox every interval, or at once when
/// <see cref="Signal"/> is called (e.g. after an upload is imported). Host it in a BackgroundService.
/// A wake-up soon after a round waits out <see cref="SearchIndexOptions.CatchUpGatherMs"/> from that round's end, so
/// a steady stream of small writes is applied in rounds of several rows rather than one commit per row, which under
/// load cost more than the writes themselves and put every node further behind.
/// </summary>
public sealed partial class SearchIndexCatchUpLoop(SearchIndexer indexer, ILogger<SearchIndexCatchUpLoop> logger, IOptions<SearchIndexOptions> options, TimeProvider? time = null) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly TimeSpan _gather = TimeSpan.FromMilliseconds(options.Value.CatchUpGatherMs);

    /// <summary>Raised after every successful round, with what it did.</summary>
    public event Action<CatchUpResult>? RoundCompleted;

    /// <summary>Asks for a catch-up now instead of at the next interval.</summary>
    public void Signal()
    {
        // Already signalled: one pending wake-up covers any number of signals. Asked first, because every write request
        // signals and a node written through at 40 changes a second threw 90 exceptions a second from here.
        if (_wake.CurrentCount > 0)
            return;
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Signalled by another request between the check and the release.
        }
    }

    /// <param name="createDb">Makes a fresh context per round (e.g. IDbContextFactory.CreateDbContext); the loop disposes it.</param>
    public async Task RunAsync(Func<ArchiveDbContext> createDb, TimeSpan interval, CancellationToken cancellationToken)
    {
        var ready = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var started = _time.GetTimestamp();
                await using (var db = createDb())
                {
                    var result = ready
                        ? await indexer.CatchUpAsync(db, cancellationToken)
                        : await indexer.EnsureReadyAsync(db, cancellationToken);
                    ready = true;
                    if (result.Indexed + result.Removed > 0)
                        LogRound(logger, result.Indexed, result.Removed, _time.GetElapsedTime(started).TotalMilliseconds);
                    RoundCompleted?.Invoke(result);
                }
                var ended = _time.GetTimestamp();
                await _wake.WaitAsync(interval, cancellationToken);
                var rest = _gather - _time.GetElapsedTime(ended);
                if (rest > TimeSpan.Zero)
                    await Task.Delay(rest, _time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The loop must outlive a failed round (busy database, full disk); the outbox keeps the work.
                logger.LogError(e, "Search index catch-up failed; retrying in {Interval}", interval);
                try
                {
                    await _wake.WaitAsync(interval, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public void Dispose() => _wake.Dispose();

    // Debug: how long rounds take, and how much each carries, is what catch-up lag is made of.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Catch-up round: {Indexed} indexed, {Removed} removed in {Milliseconds:F0} ms")]
    private static partial void LogRound(ILogger logger, int indexed, int removed, double milliseconds);
}
