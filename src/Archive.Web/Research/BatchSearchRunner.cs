using System.Collections.Concurrent;
using System.Threading.Channels;
using Archive.Core.Research;

namespace Archive.Web.Research;

/// <summary>
/// Runs batch searches one at a time off the request that sent them. On start it first carries on with
/// the batches a previous process left unfinished: their lines are rows, answered ones stay answered.
/// </summary>
public sealed partial class BatchSearchRunner(IServiceScopeFactory scopes, ILogger<BatchSearchRunner> logger) : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _done = new();

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
        IReadOnlyList<int> leftovers;
        await using (var scope = scopes.CreateAsyncScope())
            leftovers = await scope.ServiceProvider.GetRequiredService<BatchSearches>().UnfinishedAsync(stoppingToken);
        if (leftovers.Count > 0)
            LogResuming(logger, leftovers.Count);
        foreach (var id in leftovers)
            await RunAsync(id, stoppingToken);
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(id, stoppingToken);
    }

    private async Task RunAsync(int batchId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BatchSearches>().RunAsync(batchId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The answered lines are committed; the next start answers the rest.
            return;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, batchId);
        }
        if (_done.TryRemove(batchId, out var done))
            done.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Carrying on with {Count} batch search(es) left unfinished by a previous start")]
    private static partial void LogResuming(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch search {BatchSearchId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, int batchSearchId);
}
