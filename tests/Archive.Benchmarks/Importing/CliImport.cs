using System.Diagnostics;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Importing;

/// <summary>
/// The <c>import</c> command as an operator runs it, in a process of its own (<c>dotnet Archive.Web.dll import
/// FOLDER…</c>, which imports and then indexes): its wall time, CPU time and peak working set. The rows measured
/// inside this process share a heap with the bare engines measured before them, which the collector keeps.
/// </summary>
internal static class CliImport
{
    public sealed record Outcome(double Seconds, double CpuSeconds, MemorySample Peak, int ExitCode, string LastOutput);

    public static async Task<Outcome> RunAsync(BenchmarkContext context, string databaseFolder, IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        if (Directory.Exists(databaseFolder))
            Directory.Delete(databaseFolder, recursive: true);
        Directory.CreateDirectory(databaseFolder);
        var connectionString = $"Data Source={Path.Combine(databaseFolder, "archive.db")}";
        var start = new ProcessStartInfo("dotnet", [context.Paths.WebAssembly, "import", .. folders])
        {
            WorkingDirectory = context.Paths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in ArchiveWebHost.Settings(connectionString))
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        using var output = new ChildOutput();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => output.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => output.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var cpu = TimeSpan.Zero;
        MemorySample peak;
        await using (var sampler = new MemorySampler(process, TimeSpan.FromMilliseconds(100)))
        {
            // The CPU time can only be read while the process lives: the last reading before it exits.
            while (!process.WaitForExit(200))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    process.Refresh();
                    cpu = process.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                }
            }
            peak = sampler.Peak;
        }
        await process.WaitForExitAsync(cancellationToken);
        stopwatch.Stop();
        return new Outcome(stopwatch.Elapsed.TotalSeconds, cpu.TotalSeconds, peak, process.ExitCode, output.Last);
    }
}
