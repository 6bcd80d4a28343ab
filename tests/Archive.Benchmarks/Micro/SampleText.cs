using Archive.Benchmarks.Corpus;

namespace Archive.Benchmarks.Micro;

/// <summary>A few generated articles (same generator as the run) held in memory for micro benchmarks.</summary>
public static class SampleText
{
    private static readonly Lazy<string[]> _articles = new(() =>
    {
        var paths = RepositoryPaths.Locate();
        var generator = new CorpusGenerator(Directory.GetFiles(paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var folder = Path.Combine(Path.GetTempPath(), "archive-bench-micro");
        var manifest = generator.EnsureGenerated(folder, 50, 42);
        var corpus = CorpusGenerator.FolderFor(folder, 50, 42);
        return [.. manifest.Files.Select(f => File.ReadAllText(Path.Combine(corpus, f)))];
    });

    public static IReadOnlyList<string> Articles => _articles.Value;

    public static string Spanish => Articles[0];

    public static IReadOnlyList<string> Lines => [.. Articles.Take(10).SelectMany(a => a.Split('\n')).Where(l => l.Length > 0)];
}
