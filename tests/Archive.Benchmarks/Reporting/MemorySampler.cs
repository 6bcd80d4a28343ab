using System.Diagnostics;

namespace Archive.Benchmarks.Reporting;

/// <summary>
/// Samples a process's working set while a phase runs; the OS peak (VmHWM) cannot be reset
/// between phases of one process, so each phase keeps its own maximum.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public MemorySampler(Process process, TimeSpan interval)
    {
        _process = process;
        _peak = Read();
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                    _peak = Math.Max(_peak, Read());
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public static MemorySampler ForCurrentProcess() => new(Process.GetCurrentProcess(), TimeSpan.FromMilliseconds(50));

    public long PeakBytes => Math.Max(_peak, Read());

    private long Read()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
