using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Reporting;
using Archive.Benchmarks.Searching;
using Microsoft.EntityFrameworkCore;

namespace Archive.Benchmarks.Http;

/// <summary>
/// Part 3: requests per second and p99 of Archive's pages on Kestrel at 127.0.0.1 under a bounded
/// closed-loop load, against a static page of the same size served by the same server.
/// </summary>
public static class HttpBenchmark
{
    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip("http", "the Archive import did not complete in this run, so there is no Archive database to serve");
            return;
        }

        var targets = await TargetsAsync(context, cancellationToken);
        var options = context.Options;
        var table = new ReportTable(
            $"3. Pages over HTTP ({options.Connections} connections, {options.HttpDuration.TotalSeconds:F0} s each after {options.HttpWarmup.TotalSeconds:F0} s warm-up)",
            ["page", "req/s", "p50 ms", "p99 ms", "errors", "bytes/response", "÷ static req/s"]);

        // First as readers get them (anonymous pages from the page cache), then home and article pages
        // rendered on every request, so the cache does not hide what a page costs to build.
        var staticRate = await RunHostAsync(context, table, targets, outputCache: true, nameSuffix: "", cancellationToken);
        if (staticRate is not null)
        {
            var rendered = targets.Where(t => t.Name is "home" or "article")
                .Select(t => (t.Name, t.Description + ", page cache off", t.Urls))
                .ToList();
            await RunHostAsync(context, table, rendered, outputCache: false, nameSuffix: "-rendered", cancellationToken, staticRate);
        }
        Console.WriteLine("HTTP: the same search queries in process, bare Lucene and Archive ...");
        EngineThroughput.Run(context, table, SearchQueries(context), staticRate);
        table.Notes.Add("Load generator and server share this process and its 2 cores; the static row carries the same handicap, so the ratio is fair.");
        table.Notes.Add("Archive.Web runs in Production with logging at Warning (per-request console logging would otherwise be what is measured).");
        table.Notes.Add("Rows without \"page cache off\" are served as anonymous readers get them: home, article and tag pages come from the output cache until the archive changes.");
        report.Tables.Add(table);
        table.Print(Console.Out);
    }

    /// <summary>Starts Archive.Web, loads each target in turn, and returns the static page's rate (measured here when not given).</summary>
    private static async Task<double?> RunHostAsync(
        BenchmarkContext context, ReportTable table, List<(string Name, string Description, IReadOnlyList<string> Urls)> targets,
        bool outputCache, string nameSuffix, CancellationToken cancellationToken, double? staticRate = null)
    {
        var report = context.Report;
        Console.WriteLine($"HTTP: starting Archive.Web on Kestrel (127.0.0.1) over {context.ArchiveDatabase}, page cache {(outputCache ? "on" : "off")} ...");
        await using var host = new ArchiveWebHost(context.ArchiveConnectionString, context.Paths.WebProject, outputCache);
        var address = host.Start();
        using var client = LoadGenerator.CreateClient(address, context.Options.Connections);

        var available = new List<(string Name, string Description, IReadOnlyList<string> Urls)>();
        foreach (var target in targets)
        {
            var problem = await ProbeAsync(client, target.Urls[0], cancellationToken);
            if (problem is null)
                available.Add((target.Name + nameSuffix, target.Description, target.Urls));
            else
                report.Skip($"http: {target.Name}{nameSuffix}", problem);
        }
        if (available.Count == 0)
            return staticRate;

        if (staticRate is null)
        {
            var homeBytes = await SizeAsync(client, available[0].Urls[0], cancellationToken);
            host.Static.Resize(homeBytes);
            available.Insert(0, ("static", $"static page of the same size ({Format.Number(host.Static.Content.Length)} bytes), same server", [ArchiveWebHost.StaticPath]));
        }

        var options = context.Options;
        foreach (var (name, description, urls) in available)
        {
            Console.WriteLine($"HTTP: {name} ...");
            BenchmarkContext.CollectGarbage();
            var result = await LoadGenerator.RunAsync(client, urls, options.Connections, options.HttpWarmup, options.HttpDuration, cancellationToken);
            staticRate ??= result.RequestsPerSecond;
            var ratio = result.RequestsPerSecond / staticRate.Value;
            table.Add(description, Format.Number(result.RequestsPerSecond), Format.Ms(result.Latency.P50Ms), Format.Ms(result.Latency.P99Ms),
                Format.Number(result.Errors), Format.Number(result.MeanResponseBytes), name == "static" ? "1.00×" : $"{ratio:P0}");
            report.Metric($"http.{name}.requestsPerSecond", result.RequestsPerSecond);
            report.Metric($"http.{name}.p50Ms", result.Latency.P50Ms);
            report.Metric($"http.{name}.p99Ms", result.Latency.P99Ms);
            report.Metric($"http.{name}.errors", result.Errors);
            if (name != "static")
                report.Metric($"http.{name}.ratioToStatic", ratio);
            if (result.FirstError is not null)
                table.Notes.Add($"{name}: first error: {result.FirstError}");
        }
        return staticRate;
    }

    /// <summary>The pages to load, each with many distinct URLs so no single response is what gets measured.</summary>
    public static async Task<List<(string Name, string Description, IReadOnlyList<string> Urls)>> TargetsAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        await using var db = ArchiveImport.OpenDatabase(context.ArchiveConnectionString);
        var count = await db.Articles.CountAsync(cancellationToken);
        var step = Math.Max(1, count / 2000);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Id % step == 0)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug })
            .Take(2000)
            .ToListAsync(cancellationToken);

        var queries = SearchQueries(context).Select(q => Uri.EscapeDataString(q.Text)).ToList();
        return
        [
            ("home", "home page /", ["/"]),
            ("article", $"article page /articles/{{id}}/{{slug}} ({articles.Count:N0} distinct)", [.. articles.Select(a => $"/articles/{a.Id}/{a.Slug}")]),
            ("search", $"search page /search?q= ({queries.Count:N0} distinct queries)", [.. queries.Select(q => "/search?q=" + q)]),
            ("api", $"API search /api/search?q= ({queries.Count:N0} distinct queries)", [.. queries.Select(q => "/api/search?q=" + q)]),
        ];
    }

    /// <summary>The distinct everyday queries the search and API rows send, in the order they send them.</summary>
    public static IReadOnlyList<QuerySpec> SearchQueries(BenchmarkContext context)
    {
        using var lucene = new BareLuceneIndex(context.BareLuceneFolder);
        lucene.OpenForSearch();
        var mix = QueryMix.Build(context.Corpus, context.Options.QueriesPerKind, context.Options.Seed + 1, lucene.ContainsWord, spec => lucene.Search(spec).Total);
        QueryKind[] everyday = [QueryKind.CommonWord, QueryKind.TwoWords, QueryKind.Phrase, QueryKind.Prefix, QueryKind.Or, QueryKind.Not, QueryKind.RareWord];
        return [.. everyday.SelectMany(k => mix.Measured[k])];
    }

    private static async Task<string?> ProbeAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"GET {url} answered {(int)response.StatusCode} {response.StatusCode} (route not in this build?)";
        }
        catch (HttpRequestException e)
        {
            return $"GET {url} failed: {e.Message}";
        }
    }

    private static async Task<int> SizeAsync(HttpClient client, string url, CancellationToken cancellationToken) =>
        (await client.GetByteArrayAsync(url, cancellationToken)).Length;
}
