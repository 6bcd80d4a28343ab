using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Http;
using Archive.Benchmarks.Reporting;
using Archive.Core.Importing;
using Archive.Core.Tagging;
using Archive.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Mixed;

/// <summary>
/// Part 6: the site as it is used on a busy day, on a copy of the benchmark's archive. For a fixed time
/// a fixed number of connections send 80% searches, 15% home and article pages and 5% editor taggings
/// through the real article form (antiforgery token and all), while the CLI imports a second corpus of
/// files into the same database. Then it checks that nothing was lost: every tag applied is in the
/// database and in the index, and every imported file is an article or a recorded failure.
/// </summary>
public static partial class MixedLoadBenchmark
{
    private const string Password = "mixed load benchmark password";
    private const int TagCount = 5;

    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip("mixed", "the Archive import did not complete in this run, so there is no Archive database to load");
            return;
        }
        var options = context.Options;

        // The files imported under load: a second corpus, generated like the first with another seed.
        var importSeed = options.Seed + 1_000;
        var generator = new CorpusGenerator(Directory.GetFiles(context.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var importCorpus = generator.EnsureGenerated(context.WorkFolder, options.MixedImportFiles, importSeed, Console.WriteLine);
        var importFolder = CorpusGenerator.FolderFor(context.WorkFolder, importCorpus.Articles, importCorpus.Seed);

        var targets = (await HttpBenchmark.TargetsAsync(context, cancellationToken)).ToDictionary(t => t.Name, t => t.Urls);
        var pages = targets["home"].Concat(targets["article"]).ToList();
        var searches = targets["search"];
        var articleUrls = targets["article"];

        // A copy, so the load's taggings and import never change the archive the other parts measure.
        var folder = Path.Combine(context.DataFolder, "mixed");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        ArchiveFolders.Copy(context.ArchiveFolder, folder);
        var connectionString = $"Data Source={Path.Combine(folder, "archive.db")}";
        var databaseOption = $"--ConnectionStrings:Archive={connectionString}";

        var editor = $"editor-{Guid.NewGuid():N}@example.org";
        var (added, addOutput) = await ArchiveCliRunner.RunAsync(Password + "\n", "user", "add", editor, "--role", "Editor", databaseOption);
        if (added != CliExitCode.Success)
            throw new InvalidOperationException($"Could not add the benchmark's editor: {addOutput}");

        Console.WriteLine($"Mixed load: starting Archive.Web on Kestrel (127.0.0.1) over a copy of {context.ArchiveDatabase} ...");
        await using var host = new ArchiveWebHost(connectionString, context.Paths.WebProject);
        var address = host.Start();
        List<string> tags;
        await using (var scope = host.Services.CreateAsyncScope())
            tags = await EditorClient.CreateTagsAsync(scope.ServiceProvider.GetRequiredService<TagService>(), TagCount, cancellationToken);
        using var reader = LoadGenerator.CreateClient(address, options.Connections);
        using var editorClient = await EditorClient.SignInAsync(address, editor, Password, cancellationToken);

        var results = new ConcurrentDictionary<string, ConcurrentBag<(double Ms, bool Ok)>>();
        var applied = new ConcurrentBag<(int ArticleId, string Tag)>();
        var firstErrors = new ConcurrentDictionary<string, string>();

        Console.WriteLine($"Mixed load: {options.Connections} connections for {options.HttpDuration.TotalSeconds:F0} s while importing {importCorpus.Articles:N0} files ...");
        var importClock = Stopwatch.StartNew();
        var importSeconds = 0.0;
        var import = Task.Run(async () =>
        {
            var done = await ArchiveCliRunner.RunAsync(null, "import", importFolder, databaseOption);
            importSeconds = importClock.Elapsed.TotalSeconds;
            return done;
        }, cancellationToken);
        var loadClock = Stopwatch.StartNew();
        var deadline = options.HttpDuration;
        var workers = Enumerable.Range(0, options.Connections).Select(worker => Task.Run(async () =>
        {
            var random = new Random(options.Seed * 7919 + worker);
            while (loadClock.Elapsed < deadline && !cancellationToken.IsCancellationRequested)
            {
                var roll = random.Next(100);
                var kind = roll < 80 ? "search" : roll < 95 ? "page" : "tagging";
                var start = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = kind switch
                    {
                        "search" => await GetAsync(reader, searches[random.Next(searches.Count)], cancellationToken),
                        "page" => await GetAsync(reader, pages[random.Next(pages.Count)], cancellationToken),
                        _ => await EditorClient.TagAsync(editorClient, articleUrls[random.Next(articleUrls.Count)], tags[random.Next(tags.Count)], applied, cancellationToken),
                    };
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    error = e.Message;
                }
                results.GetOrAdd(kind, _ => []).Add((Stopwatch.GetElapsedTime(start).TotalMilliseconds, error is null));
                if (error is not null)
                    firstErrors.TryAdd(kind, error);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var loadSeconds = loadClock.Elapsed.TotalSeconds;
        var (importExit, importOutput) = await import;

        var table = new ReportTable(
            $"6. Sustained mixed load ({options.Connections} connections, {options.HttpDuration.TotalSeconds:F0} s, while importing {importCorpus.Articles:N0} files)",
            ["kind", "requests", "req/s", "errors", "p50 ms", "p99 ms"]);
        var totalErrors = 0;
        foreach (var kind in new[] { "search", "page", "tagging" })
        {
            var samples = results.TryGetValue(kind, out var bag) ? bag.ToList() : [];
            var errors = samples.Count(s => !s.Ok);
            totalErrors += errors;
            var latency = LatencyStats.From(samples.Select(s => s.Ms).ToList());
            table.Add(kind switch { "search" => "search page (80%)", "page" => "home and article pages (15%)", _ => "editor tagging via the article form (5%)" },
                Format.Number(samples.Count), Format.Number(samples.Count / loadSeconds), Format.Number(errors), Format.Ms(latency.P50Ms), Format.Ms(latency.P99Ms));
            report.Metric($"mixed.{kind}.requests", samples.Count);
            report.Metric($"mixed.{kind}.errors", errors);
            report.Metric($"mixed.{kind}.p50Ms", latency.P50Ms);
            report.Metric($"mixed.{kind}.p99Ms", latency.P99Ms);
            if (firstErrors.TryGetValue(kind, out var first))
                table.Notes.Add($"{kind}: first error: {first}");
        }
        report.Metric("mixed.errors", totalErrors);
        table.Notes.Add($"Import under load: exit code {importExit}, {importCorpus.Articles:N0} files in {importSeconds:F1} s ({importCorpus.Articles / importSeconds:F0} files/s); the load ran {loadSeconds:F1} s{(importSeconds > loadSeconds ? " of it" : ", the import ended first")}.");
        table.Notes.Add("Tagging latency is the editor's GET of the article page (fresh, never cached) plus the POST of its add-tag form.");

        // Nothing lost: wait for the index to take in the import and the taggings, then compare.
        var caughtUp = await WaitForIndexAsync(reader, connectionString, TimeSpan.FromMinutes(5), cancellationToken);
        var importedFiles = Directory.EnumerateFiles(importFolder, "*", SearchOption.AllDirectories).Count();
        var checks = await CheckAsync(reader, connectionString, importOutput, importedFiles, tags, [.. applied], cancellationToken);
        table.Notes.Add(caughtUp
            ? "The index caught up with the database after the load (outbox empty, search total = article count)."
            : "The index did NOT catch up within 5 minutes after the load.");
        foreach (var check in checks)
            table.Notes.Add(check);
        report.Metric("mixed.indexCaughtUp", caughtUp ? 1 : 0);
        report.Tables.Add(table);
        table.Print(Console.Out);
    }

    private static async Task<string?> GetAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} for {url}";
    }

    private static async Task<bool> WaitForIndexAsync(HttpClient client, string connectionString, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            await using (var db = ArchiveImport.OpenDatabase(connectionString))
            {
                var articles = await db.Articles.CountAsync(cancellationToken);
                var pending = await db.SearchOutbox.AnyAsync(cancellationToken);
                if (!pending && await TotalAsync(client, "", cancellationToken) == articles)
                    return true;
            }
            await Task.Delay(500, cancellationToken);
        }
        return false;
    }

    private static async Task<List<string>> CheckAsync(
        HttpClient client, string connectionString, string importOutput, int files, List<string> tags,
        List<(int ArticleId, string Tag)> applied, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        await using var db = ArchiveImport.OpenDatabase(connectionString);

        var missingInDatabase = 0;
        var missingInIndex = 0;
        var extraInIndex = 0;
        foreach (var tag in tags)
        {
            var tagId = await db.Tags.Where(t => t.Slug == tag).Select(t => t.Id).SingleAsync(cancellationToken);
            var inDatabase = (await db.ArticleTags.Where(at => at.TagId == tagId).Select(at => at.ArticleId).ToListAsync(cancellationToken)).ToHashSet();
            var inIndex = (await client.GetFromJsonAsync<List<ExportRow>>($"/api/search/export?tag={tag}&format=json", cancellationToken))!
                .Select(r => r.Id).ToHashSet();
            missingInDatabase += applied.Where(a => a.Tag == tag).Select(a => a.ArticleId).Distinct().Count(id => !inDatabase.Contains(id));
            missingInIndex += inDatabase.Count(id => !inIndex.Contains(id));
            extraInIndex += inIndex.Count(id => !inDatabase.Contains(id));
        }
        var distinctApplied = applied.Distinct().Count();
        lines.Add($"Tags: {applied.Count:N0} taggings answered with a redirect ({distinctApplied:N0} distinct article–tag pairs); " +
            $"{missingInDatabase} missing from the database, {missingInIndex} tagged in the database but not found by tag in the index, {extraInIndex} found by tag in the index but untagged in the database.");

        var runId = ImportRunId().Match(importOutput) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (runId is null)
        {
            lines.Add($"Import: its run could not be found in the CLI's output: {importOutput.Trim()}");
            return lines;
        }
        var recorded = await db.ImportRunFiles.Where(f => f.ImportRunId == runId).ToListAsync(cancellationToken);
        var articleIds = recorded.Where(f => f.ArticleId is not null).Select(f => f.ArticleId!.Value).Distinct().ToList();
        var existing = await db.Articles.CountAsync(a => articleIds.Contains(a.Id), cancellationToken);
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        var unexplained = recorded.Count(f => f.Outcome == ImportFileOutcome.Failed && string.IsNullOrWhiteSpace(f.Reason))
            + recorded.Count(f => f.Outcome != ImportFileOutcome.Failed && f.ArticleId is null);
        lines.Add($"Import run {runId} ({run.Status}): {files:N0} files in the folder (the corpus and its manifest), {recorded.Count:N0} recorded " +
            $"({recorded.Count(f => f.Outcome == ImportFileOutcome.Imported):N0} imported, {recorded.Count(f => f.Outcome == ImportFileOutcome.Duplicate):N0} duplicates, {recorded.Count(f => f.Outcome == ImportFileOutcome.Failed):N0} failed); " +
            $"{files - recorded.Count} files unaccounted for, {articleIds.Count - existing} recorded articles missing, {unexplained} outcomes without an article or a reason.");
        lines.Add($"Search total {await TotalAsync(client, "", cancellationToken):N0}, database {await db.Articles.CountAsync(cancellationToken):N0} articles.");
        return lines;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<SearchTotal>($"/api/search?pageSize=1&q={Uri.EscapeDataString(query)}", cancellationToken))!.Total;

    private sealed record SearchTotal(int Total);

    private sealed record ExportRow(int Id);

    [GeneratedRegex(@"Import run (\d+) into")]
    private static partial Regex ImportRunId();
}
