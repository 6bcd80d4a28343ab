using System.Globalization;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks.Quality;

/// <summary>Runs the quality parts (issue 12) on their own: they need the shared corpus, not the generated one.</summary>
public static class QualityRunner
{
    public static async Task<int> RunAsync(BenchmarkOptions options, RepositoryPaths paths, string work, CancellationToken cancellationToken)
    {
        var corpus = Path.GetFullPath(options.CorpusFolder ?? Path.Combine(paths.Root, "..", "shared", "corpus"));
        var started = DateTime.UtcNow;
        var report = new BenchmarkReport
        {
            Run = new Dictionary<string, string>
            {
                ["started"] = started.ToString("u", CultureInfo.InvariantCulture),
                ["parts"] = (options.Parts & BenchmarkParts.Quality).ToString(),
                ["corpus"] = Directory.Exists(corpus) ? corpus : $"{corpus} (missing)",
            },
        };
        if (!Directory.Exists(corpus))
            Console.WriteLine($"The shared corpus is not at {corpus}; give it with --corpus DIR. Parts that need it are skipped.");
        var quality = Path.Combine(work, "quality");
        if (options.Parts.HasFlag(BenchmarkParts.Text))
            await TextQuality.RunAsync(corpus, quality, report, cancellationToken);
        if (options.Parts.HasFlag(BenchmarkParts.Extraction))
            await ExtractionQuality.RunAsync(corpus, quality, options.Verbose, report, cancellationToken);

        foreach (var table in report.Tables)
            table.Print(Console.Out);
        if (report.Skipped.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Skipped:");
            foreach (var skipped in report.Skipped)
                Console.WriteLine($"  - {skipped.Part}: {skipped.Reason}");
        }
        var folder = Path.Combine(paths.Results, started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-quality");
        var (json, markdown) = report.Save(folder);
        Console.WriteLine();
        Console.WriteLine($"Results: {markdown}");
        Console.WriteLine($"         {json}");
        return 0;
    }
}
