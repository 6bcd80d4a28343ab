using System.Text;
using Archive.Core.Importing;
using Archive.Core.Text;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks.Micro;

/// <summary>The importer's per-file work: parsing (title and noise detection, paragraphs) and language detection.</summary>
[MemoryDiagnoser]
public class ImportingBenchmarks
{
    private readonly TextArticleFormat _format = new();
    private byte[] _file = [];
    private string _text = string.Empty;
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = SampleText.Spanish;
        _file = Encoding.UTF8.GetBytes(_text);
        _lines = [.. SampleText.Lines];
    }

    [Benchmark]
    public int Parse_article_file_title_noise_paragraphs() =>
        _format.Parse(_file, "000000.txt").Article?.Paragraphs.Count ?? -1;

    [Benchmark]
    public int Noise_rules_over_lines_of_ten_articles()
    {
        var noise = 0;
        foreach (var line in _lines)
        {
            if (NoiseRules.Default.Match(line) is not null)
                noise++;
        }
        return noise;
    }

    [Benchmark]
    public string Detect_language() => LanguageDetector.Detect(_text).Language;
}
