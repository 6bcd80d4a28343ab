using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Reporting;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks.Memory;

/// <summary>
/// Part 4: the database's size against the raw text, and the real app as a child process
/// (<c>dotnet Archive.Web.dll</c>): time from process start to its first 200, and its peak
/// working set while serving pages under load.
/// </summary>
public static class MemoryBenchmark
{
    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        var table = new ReportTable("4. Memory and size", ["measure", "value", "note"]);
        var n = context.Corpus.Articles;
        var raw = context.Corpus.TotalBytes;
        table.Add("raw text (the .txt files)", Format.Mb(raw), $"{Format.Mb(raw * 1000.0 / n)} per 1,000 articles");

        if (File.Exists(context.BarePlainDatabase))
            table.Add("bare SQLite table", Format.Mb(DatabaseBytes(context.BarePlainDatabase)), Format.Ratio(DatabaseBytes(context.BarePlainDatabase) / (double)raw) + " raw text");
        if (File.Exists(context.BareFts5Database))
            table.Add("FTS5 peer database", Format.Mb(DatabaseBytes(context.BareFts5Database)), Format.Ratio(DatabaseBytes(context.BareFts5Database) / (double)raw) + " raw text");
        if (Directory.Exists(context.BareLuceneFolder))
            table.Add("bare Lucene index", Format.Mb(FolderBytes(context.BareLuceneFolder)), Format.Ratio(FolderBytes(context.BareLuceneFolder) / (double)raw) + " raw text");
        if (report.MetricOrNull("import.archive.peakWorkingSetBytes") is { } importPeak)
            table.Add("Archive peak working set during import", Format.Mb(importPeak), "sampled in the runner process, importer + index catch-up");

        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip("memory: Archive database size, cold start, working set under load", "the Archive import did not complete in this run");
            Finish(report, table);
            return;
        }

        Checkpoint(context.ArchiveDatabase);
        var db = DatabaseBytes(context.ArchiveDatabase);
        var index = FolderBytes(context.ArchiveFolder) - db;
        table.Add("Archive database (SQLite, after checkpoint)", Format.Mb(db), $"{Format.Mb(db * 1000.0 / n)} per 1,000 articles; {Format.Ratio(db / (double)raw)} raw text");
        if (index > 0)
            table.Add("Archive search index (everything else beside the database)", Format.Mb(index), $"{Format.Ratio(index / (double)raw)} raw text");
        report.Metric("memory.databaseBytes", db);
        report.Metric("memory.databaseBytesPer1000", db * 1000.0 / n);
        report.Metric("memory.indexBytes", index);
        report.Metric("memory.databaseToRawText", db / (double)raw);

        if (!File.Exists(context.Paths.WebAssembly))
        {
            report.Skip("memory: cold start and working set under load", $"{context.Paths.WebAssembly} is missing; run with -c Release so Archive.Web is built in Release");
            Finish(report, table);
            return;
        }

        var starts = new List<double>();
        for (var i = 0; i < context.Options.ColdStarts; i++)
        {
            var last = i == context.Options.ColdStarts - 1;
            await using var child = await ChildWebApp.StartAsync(context, context.ArchiveConnectionString, [], cancellationToken);
            if (child.FirstOkSeconds is not { } seconds)
            {
                report.Skip("memory: cold start and working set under load", $"the app did not answer 200 on / within {ChildWebApp.StartTimeout.TotalSeconds:F0} s; its last output: {child.LastOutput}");
                break;
            }
            starts.Add(seconds);
            Console.WriteLine($"Memory: cold start {i + 1}: {seconds:F2} s");
            if (last)
                await LoadChildAsync(context, child, table, cancellationToken);
        }
        if (starts.Count > 0)
        {
            var median = starts.Order().ElementAt(starts.Count / 2);
            table.Add("cold start: process start to first 200 on /", $"{median:F2} s", $"median of {starts.Count}: {string.Join(", ", starts.Select(s => s.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s");
            report.Metric("memory.coldStart.medianSeconds", median);
        }
        Finish(report, table);
    }

    private static async Task LoadChildAsync(BenchmarkContext context, ChildWebApp child, ReportTable table, CancellationToken cancellationToken)
    {
        using var client = LoadGenerator.CreateClient(child.Address, context.Options.Connections);
        var targets = new List<(string Name, string Description, IReadOnlyList<string> Urls)>();
        foreach (var target in await HttpBenchmark.TargetsAsync(context, cancellationToken))
        {
            using var probe = await client.GetAsync(target.Urls[0], cancellationToken);
            if (probe.IsSuccessStatusCode)
                targets.Add(target);
        }
        var urls = new List<string>();
        for (var i = 0; i < 4000; i++)
        {
            var target = targets[i % targets.Count].Urls;
            urls.Add(target[i / targets.Count % target.Count]);
        }
        Console.WriteLine($"Memory: pages under load in the child app ({string.Join(", ", targets.Select(t => t.Name))}) ...");
        LoadResult result;
        MemorySample sampled;
        var sampler = new MemorySampler(child.Process, TimeSpan.FromMilliseconds(50));
        child.Process.Refresh();
        var cpuBefore = child.Process.TotalProcessorTime;
        await using (sampler)
        {
            result = await LoadGenerator.RunAsync(client, urls, context.Options.Connections, TimeSpan.Zero, context.Options.HttpDuration, cancellationToken);
            sampled = sampler.Peak;
        }
        child.Process.Refresh();
        var cpuPerRequest = result.Requests == 0 ? 0 : (child.Process.TotalProcessorTime - cpuBefore).TotalMilliseconds / result.Requests;
        var mappings = ResidentMappings.Read(child.Process.Id, SearchIndex.FolderBeside(context.ArchiveConnectionString));
        child.Process.Refresh();
        var peak = Math.Max(sampled.TotalBytes, child.Process.PeakWorkingSet64);
        table.Add("Archive.Web peak working set, start + pages under load", Format.Mb(peak),
            $"child process; {Format.Number(result.Requests)} requests over {string.Join(", ", targets.Select(t => t.Name))} ({Format.Number(result.RequestsPerSecond)}/s, {result.Errors} errors) at {context.Options.Connections} connections");
        if (sampled.AnonymousBytes is { } anonymous && sampled.FileBytes is { } fileBacked)
        {
            table.Add("… of which anonymous (GC heap, native, stacks) / mapped files, at the peak sample", $"{Format.Mb(anonymous)} / {Format.Mb(fileBacked)}",
                "file pages are clean copies the kernel drops under pressure; anonymous pages are the app's own");
            context.Report.Metric("memory.underLoad.peakAnonymousBytes", anonymous);
            context.Report.Metric("memory.underLoad.peakFileBytes", fileBacked);
        }
        table.Add("Archive.Web CPU time per request under that load", $"{cpuPerRequest:F1} ms", "child process, every thread (GC included); steadier than req/s on a shared machine");
        context.Report.Metric("memory.underLoad.cpuMsPerRequest", cpuPerRequest);
        foreach (var (what, bytes) in mappings.Take(8))
            table.Add($"… resident after the load: {what}", Format.Mb(bytes), "/proc/<pid>/smaps");
        context.Report.Metric("memory.underLoad.peakWorkingSetBytes", peak);
    }

    private static void Finish(BenchmarkReport report, ReportTable table)
    {
        report.Tables.Add(table);
        table.Print(Console.Out);
    }

    private static void Checkpoint(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private static long DatabaseBytes(string file) =>
        new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
