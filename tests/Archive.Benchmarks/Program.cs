using System.Diagnostics;
using System.Globalization;
using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Importing;
using Archive.Benchmarks.Memory;
using Archive.Benchmarks.Micro;
using Archive.Benchmarks.Quality;
using Archive.Benchmarks.Mixed;
using Archive.Benchmarks.Relevance;
using Archive.Benchmarks.Reporting;
using Archive.Benchmarks.Research;
using Archive.Benchmarks.Searching;
using Archive.Benchmarks.Tagging;

namespace Archive.Benchmarks;

/// <summary>Runs issue 7's benchmark: corpus, then import, search, pages, memory and bulk tagging, then the table.</summary>
public static class BenchmarkRunner
{
    public static async Task<int> Main(string[] args)
    {
        var (options, error) = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            if (error is not null)
                Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return error is null ? 0 : 2;
        }
        if (options.Micro)
            return MicroBenchmarks.Run(options.MicroArguments);

        var paths = RepositoryPaths.Locate();
        var work = Path.GetFullPath(options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "archive-bench"));
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        if ((options.Parts & BenchmarkParts.Entities) != 0)
            return await Entities.EntityQuality.RunAsync(options, paths, cancellation.Token);
        if (options.Parts.HasFlag(BenchmarkParts.Copies))
            return await Copies.CopiesBenchmark.RunAsync(options, paths, work, cancellation.Token);
        if ((options.Parts & BenchmarkParts.Quality) != 0)
            return await QualityRunner.RunAsync(options, paths, work, cancellation.Token);

        var started = DateTime.UtcNow;
        var total = Stopwatch.StartNew();
        var generator = new CorpusGenerator(Directory.GetFiles(paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var corpus = generator.EnsureGenerated(work, options.Articles, options.Seed, Console.WriteLine);
        var report = new BenchmarkReport
        {
            Run = new Dictionary<string, string>
            {
                ["started"] = started.ToString("u", CultureInfo.InvariantCulture),
                ["articles"] = corpus.Articles.ToString("N0", CultureInfo.InvariantCulture),
                ["seed"] = corpus.Seed.ToString(CultureInfo.InvariantCulture),
                ["raw text"] = $"{Format.Mb(corpus.TotalBytes)} ({corpus.TotalCharacters / (double)corpus.Articles:F0} characters per article)",
                ["parts"] = options.Parts.ToString(),
                ["machine"] = $"{Environment.ProcessorCount} cores, {Format.Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + (System.Runtime.GCSettings.IsServerGC ? ", server GC" : ", workstation GC"),
                ["GC settings"] = Archive.Benchmarks.Memory.GcSettings.Describe(),
                ["search index"] = $"{Archive.Benchmarks.ArchiveSide.ArchiveSearchDriver.IndexOptions.FileAccess} files, writer buffer {Archive.Benchmarks.ArchiveSide.ArchiveSearchDriver.IndexOptions.WriterBufferMB} MB",
                ["commit"] = GitCommit(paths.Root),
                ["work folder"] = work,
                ["load average at start"] = LoadAverage(),
            },
        };
        var context = new BenchmarkContext(options, paths, work, corpus, report);
        if (double.TryParse(report.Run["load average at start"].Split(' ')[0], CultureInfo.InvariantCulture, out var load) && load > Environment.ProcessorCount)
            Console.WriteLine($"WARNING: load average {load} on {Environment.ProcessorCount} cores; other work will skew these numbers.");

        try
        {
            // Search, pages and memory need the imported data; they import it (unmeasured) when it is missing.
            var dataReady = File.Exists(context.BareCompleteMarker) && File.Exists(context.ArchiveCompleteMarker) && !options.FreshData;
            if (options.Parts.HasFlag(BenchmarkParts.Import) || (!dataReady && (options.Parts & BenchmarkParts.NeedsImportedCorpus) != 0))
                await ImportBenchmark.RunAsync(context, measured: options.Parts.HasFlag(BenchmarkParts.Import), cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Search))
                SearchBenchmark.Run(context);
            if (options.Parts.HasFlag(BenchmarkParts.Http))
                await HttpBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Memory))
                await MemoryBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.BulkTag))
                await BulkTagBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Research))
                await ResearchBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Mixed))
                await MixedLoadBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Relevance))
                await RelevanceBenchmark.RunAsync(context, cancellation.Token);
            if (options.Parts.HasFlag(BenchmarkParts.Nodes))
                await Nodes.NodesBenchmark.RunAsync(context, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            report.Skip("rest of the run", "cancelled with Ctrl+C");
        }

        report.Run["load average at end"] = LoadAverage();
        Goals.Evaluate(report);
        report.Run["duration"] = $"{total.Elapsed.TotalMinutes:F1} min";
        Console.WriteLine();
        Console.WriteLine($"==== Archive benchmark, {corpus.Articles:N0} articles, {total.Elapsed.TotalMinutes:F1} min ====");
        foreach (var table in report.Tables)
            table.Print(Console.Out);
        foreach (var goalTable in report.GoalTables())
            goalTable.Print(Console.Out);
        if (report.Skipped.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Skipped:");
            foreach (var skipped in report.Skipped)
                Console.WriteLine($"  - {skipped.Part}: {skipped.Reason}");
        }
        var folder = Path.Combine(paths.Results, started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + $"-n{corpus.Articles}");
        var (json, markdown) = report.Save(folder);
        Console.WriteLine();
        Console.WriteLine($"Results: {markdown}");
        Console.WriteLine($"         {json}");
        return 0;
    }

    /// <summary>Other work on a 2-core machine skews every number; the report says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string GitCommit(string root)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            var commit = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            return string.IsNullOrEmpty(commit) ? "unknown" : commit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }
}
