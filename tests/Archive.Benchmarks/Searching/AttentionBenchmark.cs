using System.Diagnostics;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Searching;

/// <summary>
/// Part 2b: the timeline (counts per published day, week or month) and the top words of a search,
/// as /api/search/timeline and /api/search/words compute them, on the search part's own queries.
/// </summary>
public static class AttentionBenchmark
{
    private static readonly QueryKind[] _kinds = [QueryKind.CommonWord, QueryKind.TwoWords, QueryKind.RareWord, QueryKind.FacetFilter, QueryKind.Or];

    public static void Run(ArchiveSearchDriver archive, QueryMix mix, BenchmarkContext context)
    {
        Console.WriteLine("Search: timeline and top words ...");
        foreach (var spec in mix.Warmup)
        {
            archive.Timeline(spec);
            archive.TopWords(spec);
        }
        BenchmarkContext.CollectGarbage();
        var table = new ReportTable(
            $"2b. Timeline and top words, one distinct query at a time ({context.Corpus.Articles:N0} articles)",
            ["kind (queries)", "timeline p50/p95/p99 ms", "top words p50/p95/p99 ms", "mean hits", "mean sample", "mean buckets"]);
        var allTimeline = new List<double>();
        var allWords = new List<double>();
        foreach (var kind in _kinds)
        {
            var queries = mix.Measured[kind];
            var timeline = new List<double>(queries.Count);
            var words = new List<double>(queries.Count);
            long hits = 0, sample = 0, buckets = 0;
            foreach (var spec in queries)
            {
                var start = Stopwatch.GetTimestamp();
                var answer = archive.Timeline(spec);
                timeline.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                var top = archive.TopWords(spec);
                words.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                hits += answer.Total;
                buckets += answer.Buckets.Count;
                sample += top.SampleSize;
            }
            allTimeline.AddRange(timeline);
            allWords.AddRange(words);
            var t = LatencyStats.From(timeline);
            var w = LatencyStats.From(words);
            Record(context.Report, $"search.archive.timeline.{kind}", t);
            Record(context.Report, $"search.archive.topWords.{kind}", w);
            var n = Math.Max(1, queries.Count);
            table.Add($"{kind.Label()} ({queries.Count})", Triple(t), Triple(w),
                Format.Number(hits / (double)n), Format.Number(sample / (double)n), Format.Number(buckets / (double)n));
        }
        var allT = LatencyStats.From(allTimeline);
        var allW = LatencyStats.From(allWords);
        Record(context.Report, "search.archive.timeline.all", allT);
        Record(context.Report, "search.archive.topWords.all", allW);
        table.Add("all", Triple(allT), Triple(allW), "", "", "");
        table.Notes.Add("Timeline: every hit counted on its published date from doc values, interval chosen by the span (as the API's default). "
            + $"Top words: the first {Archive.Core.Search.ArticleSearch.TopWordsSample:N0} hits by relevance, stems from doc values, G² against the archive's document frequencies.");
        context.Report.Tables.Add(table);
        table.Print(Console.Out);
    }

    private static string Triple(LatencyStats s) => $"{Format.Ms(s.P50Ms)} / {Format.Ms(s.P95Ms)} / {Format.Ms(s.P99Ms)}";

    private static void Record(BenchmarkReport report, string key, LatencyStats stats)
    {
        report.Metric(key + ".p50Ms", stats.P50Ms);
        report.Metric(key + ".p95Ms", stats.P95Ms);
        report.Metric(key + ".p99Ms", stats.P99Ms);
    }
}
