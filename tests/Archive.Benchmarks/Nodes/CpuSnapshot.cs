using System.Diagnostics;
using System.Globalization;
using Archive.Benchmarks.Http;

namespace Archive.Benchmarks.Nodes;

/// <summary>
/// CPU time so far of each node process, of this process (the load generator) and of the whole machine (from
/// <c>/proc/stat</c>, so PostgreSQL's backends count too): what a catch-up lag figure was made under.
/// </summary>
internal sealed record CpuSnapshot(IReadOnlyList<TimeSpan> Nodes, TimeSpan Generator, TimeSpan MachineBusy, long Taken)
{
    public static CpuSnapshot Take(IEnumerable<ChildWebApp> children)
    {
        var nodes = children.Select(c => NodeCpu(c.Process)).ToList();
        using var self = Process.GetCurrentProcess();
        return new CpuSnapshot(nodes, self.TotalProcessorTime, MachineBusyTime(), Stopwatch.GetTimestamp());
    }

    /// <summary>Cores busy on average since <paramref name="before"/>: CPU time over wall time.</summary>
    public (IReadOnlyList<double> Nodes, double Generator, double Machine) Since(CpuSnapshot before)
    {
        var wall = Stopwatch.GetElapsedTime(before.Taken, Taken).TotalSeconds;
        if (wall <= 0)
            return ([], 0, 0);
        return (
            [.. Nodes.Zip(before.Nodes, (now, then) => (now - then).TotalSeconds / wall)],
            (Generator - before.Generator).TotalSeconds / wall,
            (MachineBusy - before.MachineBusy).TotalSeconds / wall);
    }

    private static TimeSpan NodeCpu(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            // The node exited; its CPU no longer counts.
            return TimeSpan.Zero;
        }
    }

    /// <summary>Every CPU's non-idle time: the first line of /proc/stat in clock ticks (USER_HZ, 100 a second on Linux).</summary>
    private static TimeSpan MachineBusyTime()
    {
        const double TicksPerSecond = 100;
        if (!File.Exists("/proc/stat"))
            return TimeSpan.Zero;
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal …: idle and iowait are the time no work ran.
        var busy = fields.Sum() - fields[3] - (fields.Length > 4 ? fields[4] : 0);
        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}
