using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Engines;
using Archive.Benchmarks.Reporting;

namespace Archive.Benchmarks;

/// <summary>What every part of a run shares: options, the corpus, where each engine's data lives, the report.</summary>
public sealed class BenchmarkContext(BenchmarkOptions options, RepositoryPaths paths, string workFolder, CorpusManifest corpus, BenchmarkReport report)
{
    public BenchmarkOptions Options { get; } = options;
    public RepositoryPaths Paths { get; } = paths;
    public CorpusManifest Corpus { get; } = corpus;
    public BenchmarkReport Report { get; } = report;
    public string WorkFolder { get; } = workFolder;
    public string CorpusFolder { get; } = CorpusGenerator.FolderFor(workFolder, corpus.Articles, corpus.Seed);
    public string DataFolder { get; } = Path.Combine(workFolder, $"data-n{corpus.Articles}-seed{corpus.Seed}");

    public string ArchiveFolder => Path.Combine(DataFolder, "archive");
    public string ArchiveDatabase => Path.Combine(ArchiveFolder, "archive.db");
    public string ArchiveConnectionString => $"Data Source={ArchiveDatabase}";
    public string ArchiveCompleteMarker => Path.Combine(ArchiveFolder, ".complete");
    public string BareFolder => Path.Combine(DataFolder, "bare");
    public string BarePlainDatabase => Path.Combine(BareFolder, "plain.db");
    public string BareFts5Database => Path.Combine(BareFolder, "fts5.db");
    public string BareLuceneFolder => Path.Combine(BareFolder, "lucene");
    public string BareCompleteMarker => Path.Combine(BareFolder, ".complete");

    public IReadOnlyList<string> CorpusFiles => [.. Corpus.Files.Select(f => Path.Combine(CorpusFolder, f))];

    public IEnumerable<ArticleText> ReadCorpus() =>
        Corpus.Files.Select((file, i) => ArticleText.Read(Path.Combine(CorpusFolder, file), i + 1, Corpus.Languages[i]));

    public static void CollectGarbage()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
