using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Importing;

/// <summary>
/// Part 1: articles per second through Archive's importer and index catch-up, against the bare
/// engines loading the same files (plain SQLite table, Lucene IndexWriter, and the FTS5 peer).
/// </summary>
public static class ImportBenchmark
{
    public static async Task RunAsync(BenchmarkContext context, bool measured, CancellationToken cancellationToken)
    {
        var report = context.Report;
        var n = context.Corpus.Articles;
        var table = new ReportTable($"1. Import ({n:N0} articles, {Format.Mb(context.Corpus.TotalBytes)} of text)",
            ["engine", "seconds", "articles/s", "peak working set"]);

        Console.WriteLine("Import: bare engines ...");
        if (Directory.Exists(context.BareFolder))
            Directory.Delete(context.BareFolder, recursive: true);
        Directory.CreateDirectory(context.BareFolder);

        var plain = await Timing.MeasureAsync(() => BareSqlite.LoadPlainTable(context.BarePlainDatabase, context.ReadCorpus()));
        var lucene = await Timing.MeasureAsync(() => BareLuceneIndex.Build(context.BareLuceneFolder, context.ReadCorpus()));
        var fts5 = await Timing.MeasureAsync(() => BareSqlite.LoadFts5(context.BareFts5Database, context.ReadCorpus()));
        await File.WriteAllTextAsync(context.BareCompleteMarker, DateTime.UtcNow.ToString("O"), cancellationToken);
        var bareSeconds = plain.Seconds + lucene.Seconds;

        table.Add("bare SQLite: prepared inserts, one transaction", Format.Ms(plain.Seconds), Format.Number(n / plain.Seconds), Format.Mb(plain.PeakBytes));
        table.Add("bare Lucene IndexWriter, Snowball es/en", Format.Ms(lucene.Seconds), Format.Number(n / lucene.Seconds), Format.Mb(lucene.PeakBytes));
        table.Add("bare engines together (SQLite + Lucene)", Format.Ms(bareSeconds), Format.Number(n / bareSeconds), "");
        table.Add("FTS5 peer load (unicode61, one transaction)", Format.Ms(fts5.Seconds), Format.Number(n / fts5.Seconds), Format.Mb(fts5.PeakBytes));
        report.Metric("import.bare.sqlite.articlesPerSecond", n / plain.Seconds);
        report.Metric("import.bare.lucene.articlesPerSecond", n / lucene.Seconds);
        report.Metric("import.bare.combined.articlesPerSecond", n / bareSeconds);
        report.Metric("import.fts5.articlesPerSecond", n / fts5.Seconds);

        Console.WriteLine("Import: Archive ...");
        if (Directory.Exists(context.ArchiveFolder))
            Directory.Delete(context.ArchiveFolder, recursive: true);
        Directory.CreateDirectory(context.ArchiveFolder);
        try
        {
            var files = context.CorpusFiles;
            Core.Importing.ImportSummary? summary = null;
            var import = await Timing.MeasureAsync(async () => summary = await ArchiveImport.ImportAsync(context.ArchiveConnectionString, files, cancellationToken));
            var imported = summary!.Imported;
            table.Add($"Archive importer (parse, clean, language, dedupe, EF/SQLite): {imported:N0} imported, {summary.Duplicates:N0} dup, {summary.Failed:N0} failed",
                Format.Ms(import.Seconds), Format.Number(n / import.Seconds), import.Peak.Describe());
            report.Metric("import.archive.importer.articlesPerSecond", n / import.Seconds);
            report.Metric("import.archive.importer.peakWorkingSetBytes", import.PeakBytes);
            report.Metric("import.archive.imported", imported);
            report.Metric("import.archive.failed", summary.Failed);

            var total = import;
            if (ArchiveSearchDriver.Unavailable is { } reason)
            {
                report.Skip("import: Archive search index catch-up", reason + "; the Archive rate above covers SQLite only");
            }
            else
            {
                using var search = ArchiveSearchDriver.Open(context.ArchiveConnectionString);
                var index = await Timing.MeasureAsync(() => search.CatchUpAsync(cancellationToken));
                table.Add("Archive search catch-up (Lucene index from the outbox)", Format.Ms(index.Seconds), Format.Number(n / index.Seconds), index.Peak.Describe());
                total = import + index;
                table.Add("Archive end to end (importer + index)", Format.Ms(total.Seconds), Format.Number(n / total.Seconds), total.Peak.Describe());
                report.Metric("import.archive.endToEnd.articlesPerSecond", n / total.Seconds);
            }
            report.Metric("import.archive.peakWorkingSetBytes", total.PeakBytes);
            report.Metric("import.archive.endToEnd.cpuSecondsPer1000", total.CpuSeconds * 1000 / n);
            table.Notes.Add($"CPU time of this process, importer + index: {total.CpuSeconds:F1} s ({total.CpuSeconds * 1000 / n:F2} s per 1,000 articles; importer {import.CpuSeconds:F1} s), steadier than the wall time on a shared machine.");
            if (total.Peak.AnonymousBytes is { } anonymous)
                report.Metric("import.archive.peakAnonymousBytes", anonymous);
            if (total.Peak.FileBytes is { } fileBacked)
                report.Metric("import.archive.peakFileBytes", fileBacked);
            var ratio = (n / total.Seconds) / (n / bareSeconds);
            report.Metric("import.ratioToBare", ratio);
            table.Notes.Add($"Archive / bare engines together: {Format.Ratio(ratio)} (goal ≥ 0.50×, and ≥ 2,000 articles/s at 100,000 articles).");
            await File.WriteAllTextAsync(context.ArchiveCompleteMarker, DateTime.UtcNow.ToString("O"), cancellationToken);

            Console.WriteLine("Import: the import command in its own process ...");
            var cliFolder = Path.Combine(context.DataFolder, "cli-import");
            var cli = await CliImport.RunAsync(context, cliFolder, files.Select(f => Path.GetDirectoryName(f)!).Distinct(StringComparer.Ordinal), cancellationToken);
            Directory.Delete(cliFolder, recursive: true);
            if (cli.ExitCode != 0)
            {
                report.Skip("import: the import command in its own process", $"exit code {cli.ExitCode}: {cli.LastOutput}");
            }
            else
            {
                table.Add("`import` command in its own process (import, then index), as an operator runs it",
                    Format.Ms(cli.Seconds), Format.Number(n / cli.Seconds), cli.Peak.Describe());
                report.Metric("import.cli.articlesPerSecond", n / cli.Seconds);
                report.Metric("import.cli.peakWorkingSetBytes", cli.Peak.TotalBytes);
                report.Metric("import.cli.cpuSecondsPer1000", cli.CpuSeconds * 1000 / n);
                table.Notes.Add($"The import command's own process: {cli.CpuSeconds:F1} s of CPU ({cli.CpuSeconds * 1000 / n:F2} s per 1,000 articles). Its peak is the working set an operator sees; the rows above share this process's heap with the bare engines measured before them.");
            }
        }
        catch (NotImplementedException e)
        {
            report.Skip("import: Archive importer", $"ArticleImporter is still a placeholder in this build ({e.Message})");
        }

        table.Notes.Add($"Every row reads the same files from disk (warm page cache). Peak working set is sampled in this process during the row ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC).");
        if (measured)
            report.Tables.Add(table);
        table.Print(Console.Out);

        var steps = ImportStepTimings.Measure(context.CorpusFiles, report);
        if (measured)
            report.Tables.Add(steps);
        steps.Print(Console.Out);
    }
}
