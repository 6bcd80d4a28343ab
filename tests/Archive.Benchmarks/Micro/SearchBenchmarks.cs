using Archive.Core.Search;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks.Micro;

/// <summary>Archive's query parser and highlighter, the per-query work around the Lucene engine.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private static readonly string[] _queries =
    [
        "corea del norte", "\"Corea del Norte\"", "pactos", "rusia -ucrania", "putin OR kim", "sovi*",
        "title:putin lang:es", "(misiles OR cohetes) -prueba \"Consejo de Seguridad\"", "\"corea del", "OR OR (((",
    ];

    private string[] _queryTexts = [];
    private string[] _paragraphs = [];
    private ParsedQuery? _query;

    [GlobalSetup]
    public void Setup()
    {
        _queryTexts = _queries;
        _paragraphs = SampleText.Spanish.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        _query = ArticleSearch.Parse("putin corea misiles");
    }

    [Benchmark]
    public int Parse_ten_queries()
    {
        var warnings = 0;
        foreach (var query in _queryTexts)
            warnings += ArticleSearch.Parse(query).Warnings.Count;
        return warnings;
    }

    [Benchmark]
    public int Highlight_article_paragraphs() => ArticleSearch.HighlightParagraphs(_paragraphs, _query!, "es").Count;
}
