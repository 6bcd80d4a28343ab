using System.Collections.Concurrent;
using System.Threading.Channels;
using Archive.Core.Research;
using Archive.Core.Search;

namespace Archive.Web.Research;

/// <summary>
/// Runs batch searches one at a time off the request that sent them. On start it first carries on with
/// the batches a previous process left unfinished: their lines are rows, answered ones stay answered.
/// Nothing is counted before the index has finished its first round after start (a rebuild, or the
/// outbox a previous process left), or a batch resumed at start would count against a half-built index.
/// </summary>
public sealed partial class BatchSearchRunner : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _done = new();
    private readonly TaskCompletionSource _indexReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<BatchSearchRunner> _logger;

    public BatchSearchRunner(IServiceScopeFactory scopes, SearchIndexCatchUpLoop indexLoop, ILogger<BatchSearchRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(indexLoop);
        _scopes = scopes;
        _logger = logger;
        indexLoop.RoundCompleted += _ => _indexReady.TrySetResult();
    }

    /// <summary>Queues a batch; the task completes when it has been answered (or the app stops).</summary>
    public Task EnqueueAsync(int batchId)
    {
        var done = _done.GetOrAdd(batchId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Writer.TryWrite(batchId);
        return done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await _indexReady.Task.WaitAsync(stoppingToken);
        IReadOnlyList<int> leftovers;
        await using (var scope = _scopes.CreateAsyncScope())
            leftovers = await scope.ServiceProvider.GetRequiredService<BatchSearches>().UnfinishedAsync(stoppingToken);
        if (leftovers.Count > 0)
            LogResuming(_logger, leftovers.Count);
        foreach (var id in leftovers)
            await RunAsync(id, stoppingToken);
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(id, stoppingToken);
    }

    private async Task RunAsync(int batchId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BatchSearches>().RunAsync(batchId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The answered lines are committed; the next start answers the rest.
            return;
        }
        catch (Exception exception)
        {
            LogFailed(_logger, exception, batchId);
        }
        if (_done.TryRemove(batchId, out var done))
            done.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Carrying on with {Count} batch search(es) left unfinished by a previous start")]
    private static partial void LogResuming(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch search {BatchSearchId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, int batchSearchId);
}
