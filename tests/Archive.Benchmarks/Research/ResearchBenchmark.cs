using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Reporting;
using Archive.Benchmarks.Tagging;
using Archive.Core.Importing;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.Research;

/// <summary>
/// Part 6 (issue 16): a batch of 1,000 queries through POST /api/search/batch with an API token, its two
/// downloads, and a saved search's feed latency: from an article's import (committed the way the CLI
/// commits it, while the app runs) to its entry in the Atom feed. On a copy of the run's database and index.
/// </summary>
public static class ResearchBenchmark
{
    private const string Part = "research";
    private const int BatchQueries = 1000;
    private const int FeedRounds = 5;
    private static readonly TimeSpan _feedTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip($"{Part}: batch search and feeds", "the Archive import did not complete in this run, so there is no Archive database");
            return;
        }
        var copy = Path.Combine(context.WorkFolder, $"research-{Guid.NewGuid():N}");
        try
        {
            Console.WriteLine("Research: copying the Archive database and index ...");
            var connectionString = BulkTagBenchmark.CopyArchive(context, copy);
            // The limits guard a shared server; here one script is the whole load.
            Environment.SetEnvironmentVariable("Archive__RateLimits__PerTokenPerMinute", "1000000");
            Environment.SetEnvironmentVariable("Archive__RateLimits__PerAddressPerMinute", "1000000");
            Environment.SetEnvironmentVariable("Archive__BatchSearch__WaitSeconds", "300");
            await using var host = new ArchiveWebHost(connectionString, context.Paths.WebProject);
            var address = host.Start();
            var token = await TokenAsync(host);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(30) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var table = new ReportTable("6. Researchers (issue 16): batch search and saved-search feeds, over HTTP with an API token",
                ["step", "count", "seconds", "per second", "notes"]);
            await BatchAsync(context, client, host.Services.GetRequiredService<ArticleSearch>(), table, cancellationToken);
            await FeedAsync(context, client, connectionString, copy, table, cancellationToken);
            table.Notes.Add($"Archive.Web on Kestrel (127.0.0.1) over a copy of the run's data ({context.Corpus.Articles:N0} articles); client and server share this machine.");
            table.Notes.Add("Feed latency: the article is imported by ArticleImporter in its own DbContext (as `import` does while the app runs); the app's outbox loop (every 2 s) indexes it; the feed is polled every 25 ms until the entry appears.");
            report.Tables.Add(table);
            table.Print(Console.Out);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(copy))
                Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<string> TokenAsync(ArchiveWebHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var email = $"bench-{Guid.NewGuid():N}@example.org";
        var account = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, ArchiveRoles.Researcher, null);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(new TagActor(account.Account!.Id, email), "benchmark");
        return created.Secret;
    }

    /// <summary>
    /// 1,000 distinct queries from the corpus's vocabulary, skipping its 200 commonest words (a researcher's
    /// list names subjects, not "dijo"): single words, AND pairs, OR pairs, two-word phrases, title: words.
    /// </summary>
    private static List<string> Queries(BenchmarkContext context)
    {
        var random = new Random(context.Options.Seed);
        var words = context.Corpus.SpanishContentByRank.Skip(200).Take(3000)
            .Concat(context.Corpus.EnglishContentByRank.Skip(200).Take(1000))
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).ToArray();
        string Word() => words[random.Next(words.Length)];
        var queries = new HashSet<string>(StringComparer.Ordinal);
        while (queries.Count < BatchQueries)
        {
            queries.Add((queries.Count % 5) switch
            {
                0 => Word(),
                1 => $"{Word()} {Word()}",
                2 => $"{Word()} OR {Word()}",
                3 => $"\"{Word()} {Word()}\"",
                _ => $"title:{Word()}",
            });
        }
        return [.. queries];
    }

    private static async Task BatchAsync(BenchmarkContext context, HttpClient client, ArticleSearch search, ReportTable table, CancellationToken cancellationToken)
    {
        var queries = Queries(context);
        // The same counts straight from the index, to tell the search's share from HTTP, storage and progress commits.
        long direct = 0;
        var searchOnly = await Timing.MeasureAsync(() =>
        {
            foreach (var query in queries)
                direct += search.MatchingIds(new SearchRequest { Query = query }, limit: 0).Total;
        });
        table.Add("batch: the same queries counted in-process (ArticleSearch.MatchingIds)", Format.Number(queries.Count), Seconds(searchOnly),
            Format.Number(queries.Count / searchOnly.Seconds), $"{direct:N0} hits in all");
        context.Report.Metric("research.batch.searchOnlySeconds", searchOnly.Seconds);
        var body = string.Join('\n', queries);
        Console.WriteLine($"Research: batch of {queries.Count:N0} queries ...");
        JsonElement answer = default;
        var batchTime = await Timing.MeasureAsync(async () =>
        {
            using var response = await client.PostAsync("/api/search/batch", new StringContent(body, Encoding.UTF8, "text/plain"), cancellationToken);
            answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            while (!answer.GetProperty("finished").GetBoolean())
            {
                await Task.Delay(100, cancellationToken);
                answer = await client.GetFromJsonAsync<JsonElement>(answer.GetProperty("statusUrl").GetString(), cancellationToken);
            }
        });
        var items = answer.GetProperty("items").GetArrayLength();
        var hits = answer.GetProperty("items").EnumerateArray().Sum(i => (long)i.GetProperty("total").GetInt32());
        table.Add($"batch: POST {queries.Count:N0} queries (text/plain) until answered", Format.Number(queries.Count), Seconds(batchTime),
            Format.Number(queries.Count / batchTime.Seconds), $"{items:N0} answered, {answer.GetProperty("failed").GetArrayLength()} failed, {hits:N0} hits in all");
        context.Report.Metric("research.batch.queries", queries.Count);
        context.Report.Metric("research.batch.seconds", batchTime.Seconds);

        foreach (var (name, url) in new[] { ("counts.csv", answer.GetProperty("countsUrl").GetString()!), ("hits.csv", answer.GetProperty("hitsUrl").GetString()!) })
        {
            long bytes = 0, rows = 0;
            var download = await Timing.MeasureAsync(async () =>
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    bytes += read;
                    rows += buffer.AsSpan(0, read).Count((byte)'\n');
                }
            });
            table.Add($"batch: download {name}", Format.Number(rows - 1), Seconds(download), Format.Number((rows - 1) / download.Seconds), Format.Mb(bytes));
            context.Report.Metric($"research.batch.{name}.seconds", download.Seconds);
        }
    }

    private static async Task FeedAsync(
        BenchmarkContext context, HttpClient client, string connectionString, string copy, ReportTable table, CancellationToken cancellationToken)
    {
        var word = "quokkabench" + Guid.NewGuid().ToString("N")[..8];
        using var saved = await client.PostAsJsonAsync("/api/saved-searches", new { name = "feed latency", q = word, lang = "es" }, cancellationToken);
        var feedUrl = (await saved.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("feedUrl").GetString()!;
        var latencies = new List<double>();
        for (var round = 1; round <= FeedRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = Directory.CreateDirectory(Path.Combine(copy, $"feed-{round}")).FullName;
            var title = $"Un {word} número {round} llega al archivo";
            await File.WriteAllTextAsync(Path.Combine(folder, $"nota-{round}.txt"),
                $"{title}\n\nEl {word} número {round} fue visto el martes en la costa, según los guardas del parque, que lo fotografiaron al amanecer.\n", cancellationToken);
            await using (var db = ArchiveImport.OpenDatabase(connectionString))
                await new ArticleImporter(db, new ImportOptions(), NullLogger<ArticleImporter>.Instance).ImportAsync([folder], "benchmark: feed latency", null, cancellationToken);
            var imported = Stopwatch.StartNew();
            while (true)
            {
                var feed = await client.GetStringAsync(feedUrl, cancellationToken);
                if (feed.Contains(title, StringComparison.Ordinal))
                    break;
                if (imported.Elapsed > _feedTimeout)
                {
                    context.Report.Skip($"{Part}: feed latency", $"round {round}: the entry did not appear within {_feedTimeout.TotalSeconds:F0} s");
                    return;
                }
                await Task.Delay(25, cancellationToken);
            }
            latencies.Add(imported.Elapsed.TotalSeconds);
            Console.WriteLine($"Research: feed round {round}: {imported.Elapsed.TotalSeconds:F2} s from import to entry");
        }
        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        table.Add("feed: import committed → entry in the Atom feed (median)", Format.Number(FeedRounds), median.ToString("F2", CultureInfo.InvariantCulture), "",
            $"min {latencies[0].ToString("F2", CultureInfo.InvariantCulture)} s, max {latencies[^1].ToString("F2", CultureInfo.InvariantCulture)} s");
        context.Report.Metric("research.feed.latency.medianSeconds", median);
        context.Report.Metric("research.feed.latency.maxSeconds", latencies[^1]);
    }

    private static string Seconds(Timing timing) => timing.Seconds.ToString("F2", CultureInfo.InvariantCulture);
}
