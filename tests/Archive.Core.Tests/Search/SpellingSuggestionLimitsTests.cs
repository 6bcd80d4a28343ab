using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>"Did you mean" does a bounded amount of work however many unknown words a query holds.</summary>
public sealed class SpellingSuggestionLimitsTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;
    private SearchIndex _index = null!;
    private ArticleSearch _search = null!;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        await _archive.AddManyAsync(SearchArchive.Seeds());
        await _archive.CatchUpAsync(_index = _archive.OpenIndex());
        _search = new ArticleSearch(_index);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _archive.DisposeAsync();
    }

    private IReadOnlyList<string> SuggestionsFor(string query) => _search.Search(new SearchRequest { Query = query }).Suggestions;

    [Fact]
    public void A_misspelling_within_the_first_lookups_is_corrected()
    {
        var unknown = string.Join(" OR ", Enumerable.Range(0, SpellingSuggester.MaxFuzzyLookups - 1).Select(i => $"zqxw{(char)('a' + i)}"));

        var suggestion = Assert.Single(SuggestionsFor($"{unknown} OR Pyonyang"));
        Assert.EndsWith("pyongyang", suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_past_the_lookup_limit_stay_as_typed_so_a_long_query_of_unknown_words_costs_no_more()
    {
        var unknown = string.Join(" OR ", Enumerable.Range(0, SpellingSuggester.MaxFuzzyLookups).Select(i => $"zqxw{(char)('a' + i)}"));

        Assert.Empty(SuggestionsFor($"{unknown} OR Pyonyang"));
    }
}
