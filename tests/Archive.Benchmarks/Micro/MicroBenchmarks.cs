using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Archive.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet for the hot inner pieces. In-process and a short job, so <c>--micro</c> takes
/// minutes: these numbers locate costs, the end-to-end run is what the goals are judged on.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var job = Job.ShortRun
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithLaunchCount(1)
            .WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(Path.Combine(RepositoryPaths.Locate().Results, "micro"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly)
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
