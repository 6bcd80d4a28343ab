using System.Runtime.InteropServices;

namespace Archive.Benchmarks.Reporting;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID, nanosecond resolution): on a machine
/// other work keeps busy, wall-clock latency mostly measures waiting for a core, while the CPU a query
/// spent is nearly the same from run to run. Null elsewhere.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU this thread has used, or NaN where the clock is not available.</summary>
    public static double NowMs() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (NativeMethods.ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
                return false;
            milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe blocks in this project for one blittable struct; DllImport marshals it as is.
        public static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
    }
}
