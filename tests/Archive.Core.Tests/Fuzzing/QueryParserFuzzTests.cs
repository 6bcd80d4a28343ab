using System.Text.Json;
using Archive.Core.Search;
using Archive.Core.Tests.Search;
using CsCheck;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// Whatever is typed into the search box, the parser answers (a reading and its warnings, never an
/// exception), the reading stays within the parser's limits, and the whole search (parse, Lucene query,
/// snippets) answers. Runs against a small real index so the Lucene side is exercised too.
/// </summary>
public sealed class QueryParserFuzzTests : IAsyncLifetime
{
    // The goal is 100 ms per search. What guarantees it is bounded work, asserted exactly below
    // (at most SearchQueryParser.MaxTerms terms and MaxDepth levels, SpellingSuggester.MaxFuzzyLookups
    // fuzzy lookups); wall time is for tests/Archive.Benchmarks, never a pass/fail bound here.
    private static readonly string _syntax = "abcñáéü \"\"()()*~~--:: ORANDNOT title:lang:outlet:tag:byline:date:0123456789.^\\/[]{}!?¿¡";

    private SearchArchive _archive = null!;
    private SearchIndex _index = null!;
    private ArticleSearch _search = null!;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        await _archive.AddManyAsync(SearchArchive.Seeds());
        _index = await _archive.OpenReadyIndexAsync();
        _search = new ArticleSearch(_index);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _archive.DisposeAsync();
    }

    /// <summary>Random Unicode (any code unit, lone surrogates and control characters included) mixed with the query syntax.</summary>
    private static readonly Gen<string> _queries = Gen.Frequency(
        (3, Gen.String[0, 600]),
        (3, Gen.Char[_syntax].Array[0, 200].Select(chars => new string(chars))),
        (1, Gen.Char[char.MinValue, char.MaxValue].Array[0, 100].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.Char[_syntax].Array[0, 20], Gen.Int[1, 10_000], Gen.Int[0, 2], (chars, depth, kind) => kind switch
        {
            0 => new string('(', depth) + new string(chars) + new string(')', depth),
            1 => string.Concat(Enumerable.Repeat("(a OR ", depth)) + "b",
            _ => string.Concat(Enumerable.Repeat("-\"", depth)),
        })),
        (1, Gen.Select(Gen.Char[_syntax].Array[1, 10], Gen.Long, Gen.Int[1, 400], (chars, number, digits) =>
            $"\"{new string(chars)} b\"~{number}{new string('9', digits)} palabra~{number} corea~{new string('9', digits)}.5")));

    [Fact]
    public void Any_text_parses_into_a_bounded_reading_and_searches_without_error()
    {
        Fuzz.Check(_queries, AnswersWithinLimits, iterations: 1_500);
    }

    [Fact]
    public void Every_query_that_ever_failed_still_parses_and_searches_without_error()
    {
        var corpus = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(Fuzz.CorpusFolder, "queries.json")))!;
        Assert.NotEmpty(corpus);
        foreach (var query in corpus)
            AnswersWithinLimits(query);
    }

    private void AnswersWithinLimits(string text)
    {
        var parsed = ArticleSearch.Parse(text);
        Assert.NotNull(parsed.Warnings);
        if (parsed.Root is { } root)
        {
            Assert.True(Leaves(root) <= SearchQueryParser.MaxTerms, $"{Leaves(root)} terms from {Describe(text)}");
            Assert.True(Depth(root) <= SearchQueryParser.MaxDepth + 2, $"depth {Depth(root)} from {Describe(text)}");
            // The normalized reading is what the page shows and links to: it must parse again.
            _ = ArticleSearch.Parse(parsed.Normalized);
        }

        // Work is bounded by the reading's size (asserted above), not by wall time: speed belongs to the benchmarks.
        var result = _search.Search(new SearchRequest { Query = text, PageSize = 5 });
        Assert.InRange(result.Items.Count, 0, Math.Min(5, result.Total));
    }

    private static int Leaves(SearchQuery node) => node switch
    {
        SearchAnd and => and.Children.Sum(Leaves),
        SearchOr or => or.Children.Sum(Leaves),
        SearchNot not => Leaves(not.Child),
        _ => 1,
    };

    private static int Depth(SearchQuery node) => node switch
    {
        SearchAnd and => 1 + and.Children.Max(Depth),
        SearchOr or => 1 + or.Children.Max(Depth),
        SearchNot not => 1 + Depth(not.Child),
        _ => 1,
    };

    private static string Describe(string text) => JsonSerializer.Serialize(text.Length <= 200 ? text : text[..200] + "…");
}
