using System.Diagnostics;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Searching;

/// <summary>
/// Part 2: latency percentiles per query kind, one distinct query at a time, through Archive's
/// search service (snippets and facets) against bare Lucene top-20 and the FTS5 peer.
/// </summary>
public static class SearchBenchmark
{
    private const string ArchiveEngine = "Archive";
    private const string LuceneEngine = "bare Lucene";
    private const string Fts5Engine = "FTS5 peer";

    public static void Run(BenchmarkContext context)
    {
        var report = context.Report;
        var archiveReady = ArchiveSearchDriver.Unavailable is null && File.Exists(context.ArchiveCompleteMarker);
        var archiveIndex = ArchiveSearchDriver.IndexFolder(context.ArchiveConnectionString);

        ArchiveSearchDriver? archive = null;
        if (ArchiveSearchDriver.Unavailable is { } reason)
            report.Skip("search: Archive", reason);
        else if (!File.Exists(context.ArchiveCompleteMarker))
            report.Skip("search: Archive", "the Archive import did not complete in this run, so there is no Archive database to search");
        else
        {
            archive = ArchiveSearchDriver.Open(context.ArchiveConnectionString);
            // Unmeasured: data kept from a run of an older build may need its index rebuilt to today's format.
            archive.CatchUpAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        // The engine's limit is measured on Archive's own index when there is one: same segments, only Archive's code differs.
        using var lucene = archiveReady && Directory.Exists(archiveIndex)
            ? new BareLuceneIndex(archiveIndex, ArchiveSearchDriver.Schema)
            : new BareLuceneIndex(context.BareLuceneFolder);
        var luceneIndexName = archiveReady && Directory.Exists(archiveIndex) ? "Archive's index" : "the bare index";
        lucene.OpenForSearch();
        using var fts5 = context.Options.SkipFts5 ? null : new Fts5Search(context.BareFts5Database);

        var mix = QueryMix.Build(context.Corpus, context.Options.QueriesPerKind, context.Options.Seed,
            lucene.ContainsWord, spec => lucene.Search(spec).Total);
        var engines = new List<(string Name, Func<QuerySpec, SearchOutcome> Search)> { (LuceneEngine, lucene.Search) };
        if (fts5 is not null)
            engines.Add((Fts5Engine, fts5.Search));
        else
            report.Skip("search: FTS5 peer", "--no-fts5");
        if (archive is not null)
            engines.Insert(0, (ArchiveEngine, archive.Search));

        try
        {
            var results = new Dictionary<(string Engine, QueryKind Kind), (LatencyStats Stats, double MeanHits)>();
            var cpu = new Dictionary<(string Engine, QueryKind Kind), LatencyStats>();
            foreach (var (name, search) in engines)
            {
                Console.WriteLine($"Search: {name} ...");
                WarmUp(mix.Warmup, search);
                BenchmarkContext.CollectGarbage();
                foreach (var (kind, queries) in mix.Measured)
                {
                    var timings = new List<double>(queries.Count);
                    var cpuTimings = new List<double>(queries.Count);
                    long hits = 0;
                    foreach (var spec in queries)
                    {
                        var cpuStart = ThreadCpuClock.NowMs();
                        var start = Stopwatch.GetTimestamp();
                        var outcome = search(spec);
                        timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        cpuTimings.Add(ThreadCpuClock.NowMs() - cpuStart);
                        hits += outcome.Total;
                    }
                    var stats = LatencyStats.From(timings);
                    if (ThreadCpuClock.Available)
                    {
                        cpu[(name, kind)] = LatencyStats.From(cpuTimings);
                        report.Metric($"search.{Key(name)}.{kind}.cpuP50Ms", cpu[(name, kind)].P50Ms);
                        report.Metric($"search.{Key(name)}.{kind}.cpuP95Ms", cpu[(name, kind)].P95Ms);
                    }
                    results[(name, kind)] = (stats, queries.Count == 0 ? 0 : hits / (double)queries.Count);
                    var key = $"search.{Key(name)}.{kind}";
                    report.Metric(key + ".p50Ms", stats.P50Ms);
                    report.Metric(key + ".p95Ms", stats.P95Ms);
                    report.Metric(key + ".p99Ms", stats.P99Ms);
                    report.Metric(key + ".meanHits", results[(name, kind)].MeanHits);
                }
            }

            var names = engines.Select(e => e.Name).ToList();
            string[] columns =
            [
                "kind (queries)",
                .. names.Select(n => $"{n} p50/p95/p99 ms"),
                .. archive is null ? Array.Empty<string>() : fts5 is null ? ["Archive ÷ Lucene p95"] : ["Archive ÷ Lucene p95", "FTS5 ÷ Archive p95"],
                .. fts5 is null ? Array.Empty<string>() : ["FTS5 ÷ Lucene p95"],
                .. ThreadCpuClock.Available ? [$"CPU p50/p95 ms {string.Join(" / ", names)}"] : Array.Empty<string>(),
                "mean hits " + string.Join(" / ", names),
            ];
            var table = new ReportTable($"2. Search latency, one distinct query at a time ({context.Corpus.Articles:N0} articles)", columns);
            foreach (var (kind, queries) in mix.Measured)
            {
                var row = new List<string> { $"{kind.Label()} ({queries.Count})" };
                foreach (var name in names)
                {
                    var s = results[(name, kind)].Stats;
                    row.Add($"{Format.Ms(s.P50Ms)} / {Format.Ms(s.P95Ms)} / {Format.Ms(s.P99Ms)}");
                }
                var lucene95 = results[(LuceneEngine, kind)].Stats.P95Ms;
                double? fts95 = fts5 is null ? null : results[(Fts5Engine, kind)].Stats.P95Ms;
                if (archive is not null)
                {
                    var archive95 = results[(ArchiveEngine, kind)].Stats.P95Ms;
                    row.Add(Format.Ratio(archive95 / lucene95));
                    report.Metric($"search.ratio.archiveToLucene.{kind}", archive95 / lucene95);
                    if (fts95 is { } ftsToArchive)
                    {
                        row.Add(Format.Ratio(ftsToArchive / archive95));
                        report.Metric($"search.ratio.fts5ToArchive.{kind}", ftsToArchive / archive95);
                    }
                }
                if (fts95 is { } ftsToLucene)
                    row.Add(Format.Ratio(ftsToLucene / lucene95));
                if (ThreadCpuClock.Available)
                    row.Add(string.Join(" / ", names.Select(n => $"{Format.Ms(cpu[(n, kind)].P50Ms)}/{Format.Ms(cpu[(n, kind)].P95Ms)}")));
                row.Add(string.Join(" / ", names.Select(n => Format.Number(results[(n, kind)].MeanHits))));
                table.Add([.. row]);
            }
            table.Notes.Add($"Each kind: {context.Options.QueriesPerKind} distinct queries after {QueryMix.WarmupPerKind} other warm-up queries per kind; single thread.");
            table.Notes.Add($"Bare Lucene, on {luceneIndexName}: Term/Phrase/Prefix/Boolean queries, top 20 with stored ids, total hits; no snippets, no facets; zero-hit adds a FuzzyTermsEnum suggestion.");
            if (ThreadCpuClock.Available)
                table.Notes.Add("CPU: the searching thread's own CPU time per query (garbage collection on other threads not included); steadier than wall-clock when other work shares the cores.");
            table.Notes.Add("FTS5 peer: top 20 by bm25 with snippet(), plus count(*); unstemmed (unicode61), so hit counts differ from the stemmed engines.");
            var deep = mix.Measured[QueryKind.DeepPage];
            if (deep.Count > 0 && deep.Any(q => q.Page < QueryMix.DeepPage))
                table.Notes.Add($"Deep page: this corpus is too small for page {QueryMix.DeepPage} of most words; each query asks for its last page instead (pages {deep.Min(q => q.Page)}–{deep.Max(q => q.Page)}).");
            if (archive is not null)
                MeasureRepeats(archive, mix, table, report);
            report.Tables.Add(table);
            table.Print(Console.Out);
            if (archive is not null)
                AttentionBenchmark.Run(archive, mix, context);
        }
        finally
        {
            archive?.Dispose();
        }
    }

    /// <summary>The same queries again: what a result cache (if Archive keeps one) buys, reported apart.</summary>
    private static void MeasureRepeats(ArchiveSearchDriver archive, QueryMix mix, ReportTable table, BenchmarkReport report)
    {
        var repeated = mix.Measured[QueryKind.CommonWord].Take(100).ToList();
        var timings = new List<double>(repeated.Count);
        foreach (var spec in repeated)
        {
            var start = Stopwatch.GetTimestamp();
            archive.Search(spec);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        var stats = LatencyStats.From(timings);
        report.Metric("search.archive.repeatedCommonWord.p95Ms", stats.P95Ms);
        table.Notes.Add($"Archive, the same {repeated.Count} common-word queries repeated (result cache, if any): p50 {Format.Ms(stats.P50Ms)} ms, p95 {Format.Ms(stats.P95Ms)} ms — not part of the rows above.");
    }

    private static string Key(string engine) => engine switch
    {
        ArchiveEngine => "archive",
        LuceneEngine => "lucene",
        _ => "fts5",
    };

    /// <summary>
    /// Runs the warm-up queries until the JIT has finished with them: a server answers from code that tiered
    /// compilation optimised long ago, and one pass of 20 queries a kind left Archive's larger code path partly in
    /// tier 0 while it was measured (two words: p50 8.2 ms on a first pass, 2.4 ms from the third on, in process at
    /// 100,000 articles). At least three passes and two seconds (one pass when that takes 20 s), then a pause for the background compiler, for every engine alike.
    /// </summary>
    private static void WarmUp(IReadOnlyList<QuerySpec> warmup, Func<QuerySpec, SearchOutcome> search)
    {
        var started = Stopwatch.StartNew();
        for (var pass = 0; pass < 3 || started.Elapsed < TimeSpan.FromSeconds(2); pass++)
        {
            foreach (var spec in warmup)
                search(spec);
            // A slow engine (FTS5's deep pages take half a second each) is warm after one pass.
            if (pass >= 20 || started.Elapsed > TimeSpan.FromSeconds(20))
                break;
        }
        Thread.Sleep(TimeSpan.FromMilliseconds(500));
    }
}
