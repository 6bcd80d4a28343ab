using System.Diagnostics;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Reporting;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Benchmarks.Relevance;

/// <summary>
/// Part "relevance" (issue 11): known-item search. Fragments of six consecutive words are cut from
/// every article and searched for unquoted, quoted and without accents; the report gives the mean
/// reciprocal rank of the article they came from within the top 10 (MRR@10) and how often it is
/// in the top 10 at all (recall@10). A second table holds single accented words against their
/// unaccented spelling: the totals must be identical.
/// </summary>
public static class RelevanceBenchmark
{
    private const int TopN = 10;
    private const int AccentWords = 300;

    public static async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var report = context.Report;
        var (corpus, error) = RelevanceCorpus.Locate(context);
        if (corpus is null)
        {
            report.Skip("relevance", error!);
            return;
        }
        if (corpus.Note is not null)
            Console.WriteLine($"Relevance: {corpus.Note}");
        Console.WriteLine($"Relevance: importing {corpus.Files.Count:N0} files from {corpus.Name} ...");

        // A fresh database every run: the figures must describe this build's importer and analysis, never an old index.
        var folder = Path.Combine(context.WorkFolder, "relevance");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "archive.db")}";
        var summary = await ArchiveImport.ImportAsync(connectionString, corpus.Files, cancellationToken);
        using var driver = ArchiveSearchDriver.Open(connectionString);
        await driver.CatchUpAsync(cancellationToken);

        List<(int Id, List<string> Paragraphs)> articles;
        await using (var db = ArchiveImport.OpenDatabase(connectionString))
        {
            articles = [.. (await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Paragraphs }).ToListAsync(cancellationToken))
                .Select(a => (a.Id, a.Paragraphs))];
        }

        var random = new Random(context.Options.Seed);
        var queries = new List<KnownItemQuery>();
        foreach (var (id, paragraphs) in articles)
        {
            foreach (var fragment in FragmentSampler.Sample(paragraphs, context.Options.FragmentsPerArticle, random))
            {
                queries.Add(new KnownItemQuery(KnownItemKind.Unquoted, fragment, id));
                queries.Add(new KnownItemQuery(KnownItemKind.Quoted, $"\"{fragment}\"", id));
                queries.Add(new KnownItemQuery(KnownItemKind.Unaccented, FragmentSampler.WithoutAccents(fragment), id));
            }
        }

        Console.WriteLine($"Relevance: {queries.Count:N0} known-item queries over {articles.Count:N0} articles ...");
        foreach (var query in queries.Take(30))
            driver.SearchTop(query.Text, TopN);
        var outcomes = queries.Select(q => Measure(driver, q)).ToList();

        var table = new ReportTable($"Relevance: known-item search on {corpus.Name} ({articles.Count:N0} articles imported, {summary.Failed} failed)",
            ["kind (queries)", "MRR@10", "recall@10", "first", "mean hits", "p50/p95 ms"]);
        foreach (var kind in Enum.GetValues<KnownItemKind>())
        {
            var rows = outcomes.Where(o => o.Query.Kind == kind).ToList();
            if (rows.Count == 0)
                continue;
            var mrr = rows.Average(o => o.Rank is { } r ? 1.0 / r : 0);
            var recall = rows.Count(o => o.Rank is not null) / (double)rows.Count;
            var first = rows.Count(o => o.Rank == 1);
            var latency = LatencyStats.From([.. rows.Select(o => o.Milliseconds)]);
            table.Add($"{Label(kind)} ({rows.Count})", mrr.ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
                Percent(recall), $"{first}/{rows.Count}", Format.Number(rows.Average(o => o.Total), 1),
                $"{Format.Ms(latency.P50Ms)} / {Format.Ms(latency.P95Ms)}");
            var key = $"relevance.{kind.ToString().ToLowerInvariant()}";
            report.Metric(key + ".mrr10", mrr);
            report.Metric(key + ".recall10", recall);
        }

        var parity = AccentParity(driver, articles.SelectMany(a => a.Paragraphs), random);
        table.Add($"accented word vs unaccented ({parity.Words})", "", "", "", Format.Number(parity.MeanHits, 1),
            $"{parity.Identical}/{parity.Words} identical totals");
        report.Metric("relevance.accentParity.identical", parity.Words == 0 ? 1 : parity.Identical / (double)parity.Words);
        foreach (var (word, accented, plain) in parity.Differences.Take(5))
            table.Notes.Add($"accents change the answer: \"{word}\" {accented} hits, \"{FragmentSampler.WithoutAccents(word)}\" {plain}");

        table.Notes.Add($"{context.Options.FragmentsPerArticle} fragments of {FragmentSampler.FragmentWords} consecutive body words per article (seed {context.Options.Seed}); rank = the source article's place in the top {TopN} by relevance, else a miss (reciprocal rank 0).");
        table.Notes.Add("A fragment that also occurs in another article can push its source down: the figures are a floor, not a judgement of each miss.");
        if (corpus.Note is not null)
            table.Notes.Add(corpus.Note);
        report.Tables.Add(table);
        table.Print(Console.Out);
    }

    private static (KnownItemQuery Query, int? Rank, int Total, double Milliseconds) Measure(ArchiveSearchDriver driver, KnownItemQuery query)
    {
        var start = Stopwatch.GetTimestamp();
        var result = driver.SearchTop(query.Text, TopN);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var index = result.Items.ToList().FindIndex(h => h.Id == query.ArticleId);
        return (query, index < 0 ? null : index + 1, result.Total, elapsed);
    }

    /// <summary>Distinct words with an accent, sampled from the bodies; each is searched as written and without its accents.</summary>
    private static (int Words, int Identical, double MeanHits, List<(string Word, int Accented, int Plain)> Differences) AccentParity(
        ArchiveSearchDriver driver, IEnumerable<string> paragraphs, Random random)
    {
        var accented = paragraphs
            .SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', ';', ':', '"', '«', '»', '(', ')', '¿', '?', '¡', '!', '“', '”', '\''))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter) && FragmentSampler.WithoutAccents(w) != w)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var sample = accented.OrderBy(_ => random.Next()).Take(AccentWords).ToList();
        var differences = new List<(string, int, int)>();
        long hits = 0;
        foreach (var word in sample)
        {
            var withAccents = driver.SearchTop(word, 1).Total;
            var without = driver.SearchTop(FragmentSampler.WithoutAccents(word), 1).Total;
            hits += withAccents;
            if (withAccents != without)
                differences.Add((word, withAccents, without));
        }
        return (sample.Count, sample.Count - differences.Count, sample.Count == 0 ? 0 : hits / (double)sample.Count, differences);
    }

    private static string Label(KnownItemKind kind) => kind switch
    {
        KnownItemKind.Unquoted => "six words, unquoted",
        KnownItemKind.Quoted => "six words, quoted",
        _ => "six words, accents removed",
    };

    private static string Percent(double value) => (value * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
