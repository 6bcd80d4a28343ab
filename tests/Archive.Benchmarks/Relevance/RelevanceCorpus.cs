namespace Archive.Benchmarks.Relevance;

/// <summary>
/// The text the relevance part measures on: real news (<c>../shared/corpus/fakenews-es</c> beside the
/// repository folder, or the folder given with <c>--corpus</c>) when present, else the generated corpus.
/// </summary>
public sealed record RelevanceCorpus(string Name, IReadOnlyList<string> Files, string? Note)
{
    /// <summary>Generated articles are alike; a couple of thousand tell as much as ten thousand, in a fraction of the time.</summary>
    public const int MaxGeneratedArticles = 2_000;

    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static string DefaultFolder(RepositoryPaths paths) =>
        Path.GetFullPath(Path.Combine(paths.Root, "..", "shared", "corpus", "fakenews-es"));

    /// <summary>Null with a reason when the folder the user named explicitly holds nothing to import.</summary>
    public static (RelevanceCorpus? Corpus, string? Error) Locate(BenchmarkContext context)
    {
        // --corpus names the shared corpus (its fakenews-es/ is read) or a folder of articles itself.
        var requested = context.Options.CorpusFolder is { } shared
            ? Directory.Exists(Path.Combine(shared, "fakenews-es")) ? Path.Combine(shared, "fakenews-es") : shared
            : null;
        var folder = Path.GetFullPath(requested ?? DefaultFolder(context.Paths));
        var files = Directory.Exists(folder) ? FilesIn(folder) : [];
        if (files.Count > 0)
            return (new RelevanceCorpus(folder, files, null), null);
        if (requested is not null)
            return (null, $"--corpus {folder}: no .txt, .md or .html files there");
        var generated = context.CorpusFiles.Take(MaxGeneratedArticles).ToList();
        var note = $"{folder} is absent: measured on the first {generated.Count:N0} articles of the generated corpus instead (its fragments are less varied than real news).";
        return (new RelevanceCorpus($"generated corpus ({generated.Count:N0} articles, seed {context.Corpus.Seed})", generated, note), null);
    }

    private static List<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
