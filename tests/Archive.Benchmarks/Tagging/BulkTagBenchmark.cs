using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Reporting;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks.Tagging;

/// <summary>
/// Part 5 (issue 5): tagging and untagging a whole search result at once, the way the search page's bulk
/// form does it (preview, then apply), then the index catching up until <c>tag:slug</c> finds the articles.
/// Runs on a copy of the run's Archive database and index, so the kept benchmark data never carries the tag.
/// </summary>
public static class BulkTagBenchmark
{
    private const string Part = "bulktag";

    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        if (!File.Exists(context.ArchiveCompleteMarker))
        {
            report.Skip($"{Part}: bulk tagging", "the Archive import did not complete in this run, so there is no Archive database to tag");
            return;
        }

        var copy = Path.Combine(context.WorkFolder, $"bulktag-{Guid.NewGuid():N}");
        try
        {
            Console.WriteLine("Bulk tagging: copying the Archive database and index ...");
            var connectionString = CopyArchive(context, copy);
            await MeasureAsync(context, connectionString, cancellationToken);
        }
        finally
        {
            // Pooled connections would keep the copy's files open.
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(copy))
                Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task MeasureAsync(BenchmarkContext context, string connectionString, CancellationToken cancellationToken)
    {
        var report = context.Report;
        using var index = SearchIndex.Open(SearchIndex.FolderBeside(connectionString), options: ArchiveSearchDriver.IndexOptions);
        var indexer = new SearchIndexer(index, NullLogger<SearchIndexer>.Instance);
        var search = new ArticleSearch(index);
        await using (var db = ArchiveImport.OpenDatabase(connectionString))
            await indexer.EnsureReadyAsync(db, cancellationToken);

        var actor = new TagActor("benchmark", "Benchmark");
        TagEditResult created;
        await using (var db = ArchiveImport.OpenDatabase(connectionString))
            created = await new TagService(db, TimeProvider.System).CreateAsync("Prueba de etiquetado masivo", "Bulk tagging benchmark", null, actor, cancellationToken);
        if (!created.Succeeded || created.Tag is null)
        {
            report.Skip($"{Part}: bulk tagging", $"creating the benchmark tag failed with {created.Code}");
            return;
        }
        var tag = created.Tag;

        // A blank query is the whole archive: at 10,000 articles exactly the 10,000 issue 5 asks about.
        var request = new SearchRequest();
        var round = new Round(connectionString, indexer, search, tag, request, actor);
        var table = new ReportTable("5. Bulk tagging (issue 5): one tag on a whole search result, then the index catch-up",
            ["step", "articles", "seconds", "articles/s", "peak working set"]);

        Console.WriteLine("Bulk tagging: tag ...");
        var tagged = await round.RunAsync(BulkTagOperation.Add, table, report, cancellationToken);
        if (tagged is null)
        {
            Finish(report, table);
            return;
        }
        Console.WriteLine("Bulk tagging: untag ...");
        var untagged = await round.RunAsync(BulkTagOperation.Remove, table, report, cancellationToken);

        report.Metric("bulktag.articles", tagged.Value);
        table.Notes.Add($"Result set: the blank query (the whole archive), {tagged.Value:N0} articles; tag \"{tag.Slug}\" created through TagService on a copy of the run's database and index, deleted afterwards.");
        table.Notes.Add("Preview and apply each run in their own DbContext, as two requests would; both match the whole set in the index again (SearchBulkTagging.MatchingIds).");
        table.Notes.Add("Catch-up is SearchIndexer.CatchUpAsync repeated until the outbox is empty (the app's background loop does the same); articles/s counts the articles whose tags changed.");
        if (untagged is null)
            table.Notes.Add("Untagging did not complete; see Skipped.");
        Finish(report, table);
    }

    /// <summary>One bulk operation, timed step by step, with the checks that make its numbers worth reporting.</summary>
    private sealed class Round(
        string connectionString, SearchIndexer indexer, ArticleSearch search, TagDetails tag, SearchRequest request, TagActor actor)
    {
        /// <returns>How many articles changed, or null when the round failed (the reason is in the report's Skipped list).</returns>
        public async Task<int?> RunAsync(BulkTagOperation operation, ReportTable table, BenchmarkReport report, CancellationToken cancellationToken)
        {
            var name = operation == BulkTagOperation.Add ? "tag" : "untag";
            var part = $"{Part}: {name}";

            BulkTagPreview? preview = null;
            var previewTime = await Timing.MeasureAsync(async () =>
            {
                await using var db = ArchiveImport.OpenDatabase(connectionString);
                preview = await Bulk(db).PreviewAsync(request, tag.Slug, operation, cancellationToken);
            });
            if (preview is not { Succeeded: true })
            {
                report.Skip(part, $"the preview answered {preview?.Code}" + (preview?.Code == BulkTagCode.TooMany ? $" ({preview.Matching:N0} match, the limit is {SearchBulkTagging.MaxArticles:N0})" : ""));
                return null;
            }

            BulkTagOutcome? outcome = null;
            var applyTime = await Timing.MeasureAsync(async () =>
            {
                await using var db = ArchiveImport.OpenDatabase(connectionString);
                outcome = await Bulk(db).ApplyAsync(request, tag.Id, operation, preview.Matching, actor, cancellationToken);
            });
            if (outcome is not { Succeeded: true })
            {
                report.Skip(part, $"apply answered {outcome?.Code}");
                return null;
            }
            var changed = outcome.Changed;
            if (changed != preview.WouldChange || changed == 0)
            {
                report.Skip(part, $"the preview said {preview.WouldChange:N0} articles would change, apply changed {changed:N0}");
                return null;
            }

            int outboxRows, carrying;
            await using (var db = ArchiveImport.OpenDatabase(connectionString))
            {
                outboxRows = await db.SearchOutbox.CountAsync(cancellationToken);
                carrying = await new TagService(db, TimeProvider.System).CountArticlesAsync(tag.Id, cancellationToken);
            }
            var expected = operation == BulkTagOperation.Add ? changed : 0;
            if (carrying != expected)
            {
                report.Skip(part, $"SQLite says {carrying:N0} articles carry the tag after {name}ging, expected {expected:N0}");
                return null;
            }

            var batches = 0;
            var catchUpTime = await Timing.MeasureAsync(async () =>
            {
                await using var db = ArchiveImport.OpenDatabase(connectionString);
                do
                {
                    await indexer.CatchUpAsync(db, cancellationToken);
                    batches++;
                }
                while (await db.SearchOutbox.AnyAsync(cancellationToken));
            });

            var found = search.Search(new SearchRequest { Query = $"tag:{tag.Slug}", PageSize = 1 }).Total;
            var verified = found == expected;
            var write = previewTime + applyTime;
            var endToEnd = write + catchUpTime;
            string Rate(Timing timing) => verified ? Format.Number(changed / timing.Seconds) : "–";
            table.Add($"{name}: preview (match in the index, count carrying in SQLite)", Format.Number(preview.Matching), Seconds(previewTime), "", Format.Mb(previewTime.PeakBytes));
            table.Add($"{name}: apply (match again; taggings, audit, outbox in one transaction)", Format.Number(changed), Seconds(applyTime), Format.Number(changed / applyTime.Seconds), Format.Mb(applyTime.PeakBytes));
            table.Add($"{name}: DB write, preview + apply", Format.Number(changed), Seconds(write), Format.Number(changed / write.Seconds), Format.Mb(write.PeakBytes));
            table.Add($"{name}: index catch-up ({outboxRows:N0} outbox rows, {batches} call{(batches == 1 ? "" : "s")})", Format.Number(changed), Seconds(catchUpTime), Rate(catchUpTime), Format.Mb(catchUpTime.PeakBytes));
            table.Add($"{name}: end to end, until tag:{tag.Slug} finds {found:N0}", Format.Number(changed), Seconds(endToEnd), Rate(endToEnd), Format.Mb(endToEnd.PeakBytes));
            if (!verified)
            {
                table.Notes.Add($"FAILED: after {name}ging and catching up, tag:{tag.Slug} found {found:N0} articles, expected {expected:N0}; the catch-up and end-to-end rates are not reported.");
                report.Skip($"{part}: index catch-up", $"tag:{tag.Slug} found {found:N0} articles after the catch-up, expected {expected:N0}");
            }

            var prefix = $"bulktag.{name}";
            report.Metric($"{prefix}.articles", changed);
            report.Metric($"{prefix}.previewSeconds", previewTime.Seconds);
            report.Metric($"{prefix}.applySeconds", applyTime.Seconds);
            report.Metric($"{prefix}.dbWrite.seconds", write.Seconds);
            report.Metric($"{prefix}.dbWrite.articlesPerSecond", changed / write.Seconds);
            report.Metric($"{prefix}.peakWorkingSetBytes", endToEnd.PeakBytes);
            if (verified)
            {
                report.Metric($"{prefix}.catchUp.seconds", catchUpTime.Seconds);
                report.Metric($"{prefix}.catchUp.articlesPerSecond", changed / catchUpTime.Seconds);
                report.Metric($"{prefix}.endToEnd.seconds", endToEnd.Seconds);
                report.Metric($"{prefix}.endToEnd.articlesPerSecond", changed / endToEnd.Seconds);
            }
            return verified ? changed : null;
        }

        private SearchBulkTagging Bulk(ArchiveDbContext db) => new(search, new TagService(db, TimeProvider.System));

        private static string Seconds(Timing timing) => timing.Seconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// SQLite's online backup rather than a file copy: a consistent database even if the WAL holds
    /// unmerged pages, without checkpointing (writing to) the kept one. The index's process lock stays behind.
    /// </summary>
    internal static string CopyArchive(BenchmarkContext context, string copy)
    {
        Directory.CreateDirectory(copy);
        var database = Path.Combine(copy, Path.GetFileName(context.ArchiveDatabase));
        using (var source = new SqliteConnection($"Data Source={context.ArchiveDatabase};Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        var connectionString = $"Data Source={database}";
        var indexCopy = SearchIndex.FolderBeside(connectionString);
        Directory.CreateDirectory(indexCopy);
        foreach (var file in Directory.EnumerateFiles(SearchIndex.FolderBeside(context.ArchiveConnectionString)))
        {
            var fileName = Path.GetFileName(file);
            if (fileName is "archive.lock" or "write.lock")
                continue;
            File.Copy(file, Path.Combine(indexCopy, fileName));
        }
        return connectionString;
    }

    private static void Finish(BenchmarkReport report, ReportTable table)
    {
        report.Tables.Add(table);
        table.Print(Console.Out);
    }
}
