using System.Diagnostics;

namespace Archive.Benchmarks.Reporting;

/// <summary>
/// Samples a process's working set while a phase runs; the OS peak (VmHWM) cannot be reset
/// between phases of one process, so each phase keeps its own maximum, and the sample it was
/// seen in (anonymous against file-backed pages, see <see cref="MemorySample"/>).
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private MemorySample _peak;

    public MemorySampler(Process process, TimeSpan interval)
    {
        _process = process;
        Sample();
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                    Sample();
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public static MemorySampler ForCurrentProcess() => new(Process.GetCurrentProcess(), TimeSpan.FromMilliseconds(50));

    public long PeakBytes => Peak.TotalBytes;

    /// <summary>The largest sample so far, taking one more now.</summary>
    public MemorySample Peak
    {
        get
        {
            Sample();
            lock (_gate)
                return _peak;
        }
    }

    private void Sample()
    {
        MemorySample sample;
        try
        {
            sample = MemorySample.Read(_process);
        }
        catch (InvalidOperationException)
        {
            return;
        }
        lock (_gate)
        {
            if (sample.TotalBytes > _peak.TotalBytes)
                _peak = sample;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
