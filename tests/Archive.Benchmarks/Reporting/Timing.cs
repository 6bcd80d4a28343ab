using System.Diagnostics;

namespace Archive.Benchmarks.Reporting;

/// <summary>
/// How long a step took, the CPU time this process spent on it (every thread; on a shared machine
/// steadier than the wall time) and the process's peak working set meanwhile, after a full collection beforehand.
/// </summary>
public readonly record struct Timing(double Seconds, MemorySample Peak, double CpuSeconds)
{
    public long PeakBytes => Peak.TotalBytes;

    public static async Task<Timing> MeasureAsync(Func<Task> action)
    {
        BenchmarkContext.CollectGarbage();
        var sampler = MemorySampler.ForCurrentProcess();
        await using (sampler)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            await action();
            stopwatch.Stop();
            return new Timing(stopwatch.Elapsed.TotalSeconds, sampler.Peak, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
    }

    public static Task<Timing> MeasureAsync(Action action) => MeasureAsync(() =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>Two steps one after the other: their times add, the peak is the larger.</summary>
    public static Timing operator +(Timing a, Timing b) => new(a.Seconds + b.Seconds, a.PeakBytes >= b.PeakBytes ? a.Peak : b.Peak, a.CpuSeconds + b.CpuSeconds);
}
