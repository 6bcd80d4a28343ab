using System.Collections.Concurrent;
using System.Diagnostics;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Reporting;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Archive.Benchmarks.Nodes;

/// <summary>
/// Part 7 (issue 15): several web nodes on one database, each a real <c>dotnet Archive.Web.dll</c> process on
/// 127.0.0.1 with its own search index, as the README's several-node layout has them (here on one SQLite file,
/// which every process on one machine can share; the index, and so the search, is the same on PostgreSQL).
/// It measures search throughput with one, two and three nodes behind a round-robin "load balancer" (connection i
/// goes to node i mod n), then how long a change made on one node takes to reach the others' indexes while an
/// editor writes tag changes at a steady rate. Every node shares the same two cores, which bound the first figure:
/// a second node on the same cores adds processes, not CPU.
/// </summary>
public static class NodesBenchmark
{
    private const string Password = "nodes benchmark password";
    private const int Nodes = 3;
    private const int TagCount = 5;
    private const int TagChangesPerSecond = 50;
    private const int TaggingsInFlight = 32;
    /// <summary>
    /// The node written through compiles the article page's and the form's code to its last tier while it serves them,
    /// and its first minutes of catch-up are slower than later ones. After 3 s of warm-up it was still compiling 35–70
    /// methods a second through the measured window (dotnet-counters); after 30 s it still compiled 50–100 a second, so
    /// even this is not a node long in service. At 100,000 articles its lag p95 went 7.4 and 7.9 s (two runs) -> 4.5 s
    /// (15 s) and 4.7 s (30 s, the editor at 50 changes/s instead of 40).
    /// </summary>
    private const int WarmUpSeconds = 30;

    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip("nodes", "the Archive import did not complete in this run, so there is no Archive database to serve");
            return;
        }
        if (!File.Exists(context.Paths.WebAssembly))
        {
            report.Skip("nodes", $"{context.Paths.WebAssembly} is missing; run with -c Release so Archive.Web is built in Release");
            return;
        }
        var options = context.Options;
        var targets = (await HttpBenchmark.TargetsAsync(context, cancellationToken)).ToDictionary(t => t.Name, t => t.Urls);

        // A copy of the archive, so the taggings never change what the other parts measure. Each node starts from a
        // copy of the index (as a node seeded from another's snapshot would), which saves three rebuilds; a copied
        // index takes a node name of its own.
        var folder = Path.Combine(context.DataFolder, "nodes");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        ArchiveFolders.Copy(context.ArchiveFolder, Path.Combine(folder, "database"));
        var connectionString = $"Data Source={Path.Combine(folder, "database", "archive.db")}";
        var sourceIndex = Path.Combine(folder, "database", "index");
        for (var node = 2; node <= Nodes; node++)
            ArchiveFolders.Copy(sourceIndex, Path.Combine(folder, $"node-{node}", "index"));
        Directory.CreateDirectory(Path.Combine(folder, "node-1"));
        Directory.Move(sourceIndex, Path.Combine(folder, "node-1", "index"));
        var started = DateTime.UtcNow;

        var database = new NodesDatabase(connectionString, options.Postgres);
        await using var _ = database;
        if (options.Postgres is not null)
        {
            Console.WriteLine("Nodes: copying the archive into a new PostgreSQL database (migrate-to-postgres) ...");
            await database.MoveToPostgresAsync(cancellationToken);
            if (await database.PostgresBytesAsync(cancellationToken) is { } bytes)
            {
                report.Metric("nodes.postgres.databaseBytes", bytes);
                Console.WriteLine($"Nodes: the PostgreSQL copy takes {Format.Mb(bytes)} ({Format.Mb(bytes * 1000.0 / context.Corpus.Articles)} per 1,000 articles)");
            }
        }

        var editor = $"editor-{Guid.NewGuid():N}@example.org";
        var (added, addOutput) = await ArchiveCliRunner.RunAsync(Password + "\n", ["user", "add", editor, "--role", "Editor", .. database.CliOptions]);
        if (added != CliExitCode.Success)
            throw new InvalidOperationException($"Could not add the benchmark's editor: {addOutput}");

        var children = new List<ChildWebApp>();
        try
        {
            for (var node = 1; node <= Nodes; node++)
            {
                Console.WriteLine($"Nodes: starting node {node} of {Nodes} (dotnet Archive.Web.dll) ...");
                var nodeFolder = Path.Combine(folder, $"node-{node}");
                var child = await ChildWebApp.StartAsync(context, database.ConnectionString,
                    [.. database.Settings, ("Archive:DataPath", nodeFolder), ("Archive:SearchIndexPath", Path.Combine(nodeFolder, "index")),
                        ("Serilog:MinimumLevel:Override:Archive.Core.Search.SearchIndexCatchUpLoop", "Debug"),
                        ("Serilog:MinimumLevel:Override:Archive.Core.Search.SearchIndexer", "Debug")], cancellationToken,
                    logFile: Path.Combine(folder, $"node-{node}.log"));
                children.Add(child);
                if (child.FirstOkSeconds is null)
                {
                    report.Skip("nodes", $"node {node} did not answer 200 on / within {ChildWebApp.StartTimeout.TotalSeconds:F0} s; its last output: {child.LastOutput}");
                    return;
                }
            }

            var table = new ReportTable(
                $"7. Several web nodes on one {database.Provider} database ({options.Connections} connections round-robin over the nodes, {options.HttpDuration.TotalSeconds:F0} s each, loopback)",
                ["measure", "1 node", "2 nodes", "3 nodes"]);
            var clients = children.Select(c => LoadGenerator.CreateClient(c.Address, options.Connections)).ToList();
            try
            {
                foreach (var (name, label) in new[] { ("api", "API search /api/search?q="), ("search", "search page /search?q=") })
                {
                    var results = new List<LoadResult>();
                    for (var n = 1; n <= Nodes; n++)
                    {
                        Console.WriteLine($"Nodes: {label} over {n} node(s) ...");
                        var result = await LoadGenerator.RunAsync(clients.Take(n).ToList(), targets[name], options.Connections, TimeSpan.FromSeconds(2), options.HttpDuration, cancellationToken);
                        results.Add(result);
                        report.Metric($"nodes.{name}.{n}.requestsPerSecond", result.RequestsPerSecond);
                        report.Metric($"nodes.{name}.{n}.p95Ms", result.Latency.P95Ms);
                        report.Metric($"nodes.{name}.{n}.errors", result.Errors);
                    }
                    table.Add([$"{label}: req/s", .. results.Select(r => Format.Number(r.RequestsPerSecond))]);
                    table.Add([$"{label}: p50 / p95 / p99 ms", .. results.Select(r => $"{Format.Ms(r.Latency.P50Ms)} / {Format.Ms(r.Latency.P95Ms)} / {Format.Ms(r.Latency.P99Ms)}")]);
                    table.Add([$"{label}: errors", .. results.Select(r => Format.Number(r.Errors))]);
                }

                // Under 32 connections the p95 above is mostly queueing on two cores. One request at a time, after all of
                // the load above has warmed node 1, is the search's own latency: the figure to compare between providers.
                Console.WriteLine("Nodes: API search one request at a time on node 1 ...");
                var alone = await LoadGenerator.RunAsync(clients.Take(1).ToList(), targets["api"], 1, TimeSpan.FromSeconds(2), options.HttpDuration, cancellationToken);
                table.Add($"API search, one request at a time on node 1 ({database.Provider}): p50 / p95 / p99 ms",
                    $"{Format.Ms(alone.Latency.P50Ms)} / {Format.Ms(alone.Latency.P95Ms)} / {Format.Ms(alone.Latency.P99Ms)}", "", "");
                report.Metric("nodes.api.alone.p50Ms", alone.Latency.P50Ms);
                report.Metric("nodes.api.alone.p95Ms", alone.Latency.P95Ms);
                report.Metric("nodes.api.alone.errors", alone.Errors);
            }
            finally
            {
                foreach (var client in clients)
                    client.Dispose();
            }
            if (report.MetricOrNull("nodes.postgres.databaseBytes") is { } size)
                table.Notes.Add($"The PostgreSQL database (after migrate-to-postgres, before the load): {Format.Mb(size)}, {Format.Mb(size * 1000.0 / context.Corpus.Articles)} per 1,000 articles.");
            table.Notes.Add($"Every node is a separate process on the same {Environment.ProcessorCount} cores as the load generator, so more nodes cannot add throughput here; the rows show what the nodes cost each other, and that spreading the load loses nothing. On separate machines each node brings its own cores.");

            await MeasureLagAsync(context, children, folder, database, editor, targets["article"], started, table, cancellationToken);
            report.Tables.Add(table);
            table.Print(Console.Out);
        }
        finally
        {
            foreach (var child in children)
                await child.DisposeAsync();
        }
    }

    /// <summary>
    /// An editor tags articles through node 1's add-tag form at <see cref="TagChangesPerSecond"/> a second for the load's
    /// duration, posting each with the session's antiforgery token (taken once from an article page) instead of loading
    /// every article page first. With the page loaded before each change, one node spent about 70 ms of CPU per change at
    /// 100,000 articles after a minute of it (perf: the page's related articles the largest share, the JIT still compiling
    /// the next), so 50 changes a second needed more than the two cores
    /// there are: the editor reached 29 a second, and what the lag measured was node 1 starved of CPU by page renders.
    /// The page's cost is measured by the HTTP part; this part measures the write load's catch-up.
    /// Each tagging's outbox row is taken right after its POST returns (the editor's writes are the only ones); a node has
    /// the change once the position it reports in <c>SearchNodes</c> passes that row, which it does after the Lucene commit
    /// that makes it searchable. The lag is that moment minus the POST's return.
    /// </summary>
    private static async Task MeasureLagAsync(
        BenchmarkContext context, List<ChildWebApp> children, string folder, NodesDatabase database, string editor, IReadOnlyList<string> articleUrls,
        DateTime started, ReportTable table, CancellationToken cancellationToken)
    {
        var options = context.Options;
        List<string> tags;
        await using (var db = database.Open())
            tags = await EditorClient.CreateTagsAsync(new TagService(db, TimeProvider.System), TagCount, cancellationToken);
        using var editorClient = await EditorClient.SignInAsync(children[0].Address, editor, Password, cancellationToken);
        var token = await editorClient.TokenAsync(articleUrls[0], "#add-tag-form", cancellationToken);

        // The nodes started here, once each has reported (a node reports on its first catch-up round); rows of
        // indexes that served the archive before the copy are not nodes of this run.
        var baseline = new Dictionary<string, long>();
        var registering = Stopwatch.StartNew();
        while (baseline.Count < children.Count && registering.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, cancellationToken);
            await using var db = database.Open();
            baseline = await db.SearchNodes.AsNoTracking().Where(n => n.Id != SearchNode.PrunedName && n.SeenAt >= started)
                .ToDictionaryAsync(n => n.Id, n => n.AppliedOutboxId, cancellationToken);
        }
        if (baseline.Count < children.Count)
            table.Notes.Add($"Only {baseline.Count} of {children.Count} nodes reported a position within 60 s.");

        var random = new Random(options.Seed * 31 + 7);
        var errors = 0;
        string? firstError = null;
        var applied = new ConcurrentBag<(int ArticleId, string Tag)>();

        // A node that has not yet applied a change since it started pays for it once (JIT of the indexing path, EF's
        // first compile of the catch-up queries, the first segment of its writer): seconds on these shared cores.
        // A node in service paid that long ago, so the nodes first apply a few seconds of the same load, unmeasured.
        Console.WriteLine($"Nodes: warming up each node's catch-up with {WarmUpSeconds} s of tag changes ...");
        var warmUp = new ConcurrentBag<(long OutboxId, double At)>();
        var warmClock = Stopwatch.StartNew();
        await TagAtRateAsync(WarmUpSeconds * TagChangesPerSecond, warmClock, warmUp);
        var warmPositions = new ConcurrentDictionary<string, List<(long Position, double At)>>();
        using (var stopWarmWatch = new CancellationTokenSource())
        {
            var warmWatch = WatchPositionsAsync(database, baseline.Keys, warmClock, warmPositions, stopWarmWatch.Token);
            await SettleAsync(warmUp, warmPositions);
            await stopWarmWatch.CancelAsync();
            await warmWatch;
        }
        var warmErrors = errors;

        Console.WriteLine($"Nodes: catch-up lag while an editor makes {TagChangesPerSecond} tag changes a second on node 1 for {options.HttpDuration.TotalSeconds:F0} s ...");
        var cpuBefore = CpuSnapshot.Take(children);
        var clock = Stopwatch.StartNew();
        var written = new ConcurrentBag<(long OutboxId, double At)>();
        var positions = new ConcurrentDictionary<string, List<(long Position, double At)>>();
        using var stopWatching = new CancellationTokenSource();
        var watcher = WatchPositionsAsync(database, baseline.Keys, clock, positions, stopWatching.Token);
        await TagAtRateAsync((int)(options.HttpDuration.TotalSeconds * TagChangesPerSecond), clock, written);
        var writeSeconds = clock.Elapsed.TotalSeconds;
        var cpu = CpuSnapshot.Take(children).Since(cpuBefore);
        // Every node has applied every change, or the wait gives up.
        await SettleAsync(written, positions);
        await stopWatching.CancelAsync();
        await watcher;
        errors -= warmErrors;

        async Task TagAtRateAsync(int total, Stopwatch paced, ConcurrentBag<(long OutboxId, double At)> record)
        {
            using var inFlight = new SemaphoreSlim(TaggingsInFlight);
            var pending = new List<Task>();
            var interval = 1000.0 / TagChangesPerSecond;
            for (var i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
            {
                var due = i * interval;
                if (due > paced.Elapsed.TotalMilliseconds)
                    await Task.Delay(TimeSpan.FromMilliseconds(due - paced.Elapsed.TotalMilliseconds), cancellationToken);
                await inFlight.WaitAsync(cancellationToken);
                var url = articleUrls[random.Next(articleUrls.Count)];
                var tag = tags[random.Next(tags.Count)];
                pending.Add(Task.Run(async () =>
                {
                    try
                    {
                        var error = await EditorClient.PostTagAsync(editorClient, url, token, tag, applied, cancellationToken);
                        if (error is not null)
                        {
                            Interlocked.Increment(ref errors);
                            Interlocked.CompareExchange(ref firstError, error, null);
                            return;
                        }
                        var at = paced.Elapsed.TotalMilliseconds;
                        await using var db = database.Open();
                        record.Add((await db.SearchOutbox.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0, at));
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                }, cancellationToken));
            }
            await Task.WhenAll(pending);
        }

        async Task SettleAsync(ConcurrentBag<(long OutboxId, double At)> record, ConcurrentDictionary<string, List<(long Position, double At)>> seen)
        {
            var last = record.IsEmpty ? 0 : record.Max(w => w.OutboxId);
            var settle = Stopwatch.StartNew();
            while (settle.Elapsed < TimeSpan.FromSeconds(60) && seen.Count(p => p.Value.Count > 0 && Latest(p.Value) >= last) < baseline.Count)
                await Task.Delay(100, cancellationToken);
        }

        var changes = written.ToList();
        // Columns in node order (node 1 is the one written through), each node found by the name its index commits carry.
        var numbers = baseline.Keys.ToDictionary(n => n, n => NodeNumber(folder, n));
        var nodeNames = baseline.Keys.OrderBy(n => numbers[n]).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var lags = new List<double>();
        var perNode = new List<string>();
        foreach (var name in nodeNames)
        {
            var seen = positions.TryGetValue(name, out var list) ? list : [];
            var nodeLags = changes.Select(c => seen.Where(s => s.Position >= c.OutboxId).Select(s => s.At).DefaultIfEmpty(double.NaN).Min() - c.At)
                .Where(l => !double.IsNaN(l)).Select(l => Math.Max(0, l)).ToList();
            lags.AddRange(nodeLags);
            var stats = LatencyStats.From(nodeLags);
            perNode.Add($"{Format.Ms(stats.P50Ms)} / {Format.Ms(stats.P95Ms)} / {Format.Ms(stats.MaxMs)} ({nodeLags.Count:N0} of {changes.Count:N0})");
        }
        var all = LatencyStats.From(lags);
        table.Add(["catch-up lag, each node: p50 / p95 / max ms (changes seen)", .. perNode]);
        table.Add("catch-up lag, every node together: p50 / p95 / max ms", $"{Format.Ms(all.P50Ms)} / {Format.Ms(all.P95Ms)} / {Format.Ms(all.MaxMs)}", "", "");
        table.Add("tag changes written through node 1's form", $"{Format.Number(changes.Count / writeSeconds)}/s ({changes.Count:N0}, {errors} errors)", "", "");
        table.Add(["CPU while writing, each node: cores busy", .. nodeNames.Select(n => numbers[n] is var i and > 0 && i <= cpu.Nodes.Count ? $"{cpu.Nodes[i - 1]:F2}" : "–")]);
        table.Add("CPU while writing: load generator / whole machine, cores busy", $"{cpu.Generator:F2} / {cpu.Machine:F2} of {Environment.ProcessorCount}", "", "");
        if (firstError is not null)
            table.Notes.Add($"tagging: first error: {firstError}");
        table.Notes.Add($"Lag: from the tagging's POST returning on node 1 until a node reports (SearchNodes) a position past its outbox row, which it does after the Lucene commit that makes it searchable. Nodes poll the outbox every 2 s; the watcher polls SearchNodes every 50 ms. Before it, each node applies {WarmUpSeconds} s of the same load, unmeasured, so the once-per-process cost of its first catch-up (JIT, first query compile) is not counted as lag. The columns of the lag and CPU rows are nodes 1, 2 and 3 (names {string.Join(", ", nodeNames.Select(n => n[..8]))}), not node counts; node 1 serves the editor's posts. Cores busy is CPU time over the writing's wall time (the whole machine's from /proc/stat, PostgreSQL included). On PostgreSQL a node also catches up as soon as a write is notified (LISTEN/NOTIFY); on SQLite only the local node is woken by its own writes.");
        context.Report.Metric("nodes.lag.p50Ms", all.P50Ms);
        context.Report.Metric("nodes.lag.p95Ms", all.P95Ms);
        context.Report.Metric("nodes.lag.maxMs", all.MaxMs);
        context.Report.Metric("nodes.lag.changesPerSecond", changes.Count / writeSeconds);
        context.Report.Metric("nodes.lag.errors", errors);
        context.Report.Metric("nodes.lag.machineCoresBusy", cpu.Machine);
    }

    /// <summary>
    /// Which node (1-based) an index name belongs to: the node whose index folder's latest commit point holds the name,
    /// which every commit writes in its user data; 0 when none does.
    /// </summary>
    private static int NodeNumber(string folder, string name)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(name);
        for (var node = 1; node <= Nodes; node++)
        {
            var index = Path.Combine(folder, $"node-{node}", "index");
            var latest = Directory.Exists(index)
                ? Directory.GetFiles(index, "segments_*").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
                : null;
            if (latest is not null && File.ReadAllBytes(latest).AsSpan().IndexOf(bytes) >= 0)
                return node;
        }
        return 0;
    }

    private static long Latest(List<(long Position, double At)> seen)
    {
        lock (seen)
            return seen.Count == 0 ? 0 : seen[^1].Position;
    }

    private static async Task WatchPositionsAsync(
        NodesDatabase database, IEnumerable<string> nodes, Stopwatch clock, ConcurrentDictionary<string, List<(long Position, double At)>> positions,
        CancellationToken stop)
    {
        var names = nodes.ToList();
        foreach (var name in names)
            positions[name] = [];
        await using var db = database.Open();
        while (!stop.IsCancellationRequested)
        {
            var now = await db.SearchNodes.AsNoTracking().Where(n => names.Contains(n.Id)).Select(n => new { n.Id, n.AppliedOutboxId }).ToListAsync(CancellationToken.None);
            var at = clock.Elapsed.TotalMilliseconds;
            foreach (var node in now)
            {
                var list = positions[node.Id];
                lock (list)
                {
                    if (list.Count == 0 || list[^1].Position != node.AppliedOutboxId)
                        list.Add((node.AppliedOutboxId, at));
                }
            }
            try
            {
                await Task.Delay(50, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
