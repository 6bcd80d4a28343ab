using Archive.Benchmarks.Engines;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;

namespace Archive.Benchmarks.Micro;

/// <summary>Tokenizing and stemming one ~2,500-character article, the inner loop of indexing and snippets.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks : IDisposable
{
    private readonly Analyzer _spanish = BareAnalyzers.Spanish();
    private readonly Analyzer _folded = BareAnalyzers.Folded();
    private string _article = string.Empty;

    [GlobalSetup]
    public void Setup() => _article = SampleText.Spanish;

    [Benchmark(Baseline = true)]
    public int Snowball_spanish_stemmed_terms() => BareAnalyzers.Terms(_spanish, "body", _article).Count;

    [Benchmark]
    public int Folded_unstemmed_terms() => BareAnalyzers.Terms(_folded, "exact", _article).Count;

    public void Dispose()
    {
        _spanish.Dispose();
        _folded.Dispose();
        GC.SuppressFinalize(this);
    }
}
