using System.Diagnostics;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Reporting;
using Archive.Benchmarks.Searching;

namespace Archive.Benchmarks.Http;

/// <summary>
/// Issue 14's ceiling: how many of the HTTP part's distinct search queries the engines answer per second in
/// this process, with no HTTP, on one thread per core. Bare Lucene's rate bounds any server on this machine;
/// Archive's in-process rate, beside its HTTP rate, separates the engine's cost from the page's.
/// </summary>
public static class EngineThroughput
{
    public static void Run(BenchmarkContext context, ReportTable table, IReadOnlyList<QuerySpec> queries, double? staticRate)
    {
        var report = context.Report;
        var duration = context.Options.HttpDuration;
        var threads = Environment.ProcessorCount;

        using (var lucene = new BareLuceneIndex(context.BareLuceneFolder))
        {
            lucene.OpenForSearch();
            Add(report, table, "lucene-inprocess",
                $"bare Lucene in process, same {queries.Count:N0} queries, {threads} threads, no HTTP (the machine's ceiling)",
                Measure(queries, spec => lucene.Search(spec), threads, context.Options.HttpWarmup, duration), staticRate);
        }
        using (var archive = ArchiveSearchDriver.Open(context.ArchiveConnectionString))
        {
            Add(report, table, "archive-inprocess",
                $"Archive search in process (ArticleSearch: facets, snippets), same queries, {threads} threads, no HTTP",
                Measure(queries, spec => archive.Search(spec), threads, context.Options.HttpWarmup, duration), staticRate);
        }
        var bare = report.MetricOrNull("http.lucene-inprocess.requestsPerSecond");
        var page = report.MetricOrNull("http.search.requestsPerSecond");
        if (bare is > 0 && page is > 0)
        {
            report.Metric("http.search.ratioToBareLuceneThroughput", bare.Value / page.Value);
            table.Notes.Add($"The search page serves 1 request for every {bare.Value / page.Value:F1} queries bare Lucene answers on the same cores; the in-process rows carry no HTTP, no load generator and no page.");
        }
    }

    private static void Add(BenchmarkReport report, ReportTable table, string name, string description, LoadResult result, double? staticRate)
    {
        table.Add(description, Format.Number(result.RequestsPerSecond), Format.Ms(result.Latency.P50Ms), Format.Ms(result.Latency.P99Ms),
            Format.Number(result.Errors), "–", staticRate is > 0 ? $"{result.RequestsPerSecond / staticRate.Value:P0}" : "–");
        report.Metric($"http.{name}.requestsPerSecond", result.RequestsPerSecond);
        report.Metric($"http.{name}.p50Ms", result.Latency.P50Ms);
        report.Metric($"http.{name}.p99Ms", result.Latency.P99Ms);
    }

    /// <summary>Closed loop on dedicated threads, each taking the next query in turn until the deadline.</summary>
    private static LoadResult Measure(IReadOnlyList<QuerySpec> queries, Action<QuerySpec> search, int threads, TimeSpan warmup, TimeSpan duration)
    {
        Loop(queries, search, threads, warmup, record: false);
        return Loop(queries, search, threads, duration, record: true);
    }

    private static LoadResult Loop(IReadOnlyList<QuerySpec> queries, Action<QuerySpec> search, int threads, TimeSpan duration, bool record)
    {
        BenchmarkContext.CollectGarbage();
        var next = -1;
        var errors = 0;
        string? firstError = null;
        var stopwatch = Stopwatch.StartNew();
        var latencies = new List<double>[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = latencies[t] = new List<double>(8192);
            while (stopwatch.Elapsed < duration)
            {
                var spec = queries[(int)((uint)Interlocked.Increment(ref next) % (uint)queries.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    search(spec);
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name} for {spec.Text}", null);
                }
                if (record)
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(all.Count, errors, seconds, LatencyStats.From(all), 0, firstError);
    }
}
