using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>The parts of the query language researchers bring from Datashare and Aleph: near, typos, byline, dates.</summary>
public sealed class QueryLanguageTests
{
    [Theory]
    [InlineData("\"kim putin\"~5", "kim putin", 5)]
    [InlineData("\"kim putin\"~", "kim putin", 2)]
    [InlineData("\"kim putin\"", "kim putin", 0)]
    [InlineData("\"kim putin\"~9999", "kim putin", SearchQueryParser.MaxSlop)]
    public void A_phrase_may_say_how_far_apart_its_words_stand(string text, string words, int slop)
    {
        var parsed = SearchQueryParser.Parse(text);

        Assert.Equal(new SearchPhrase(words, SearchScope.Anywhere, slop), parsed.Root);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_near_phrase_is_written_back_with_its_distance()
    {
        Assert.Equal("\"kim putin\"~5 rusia", SearchQueryParser.Parse("\"kim  putin\"~5   rusia").Normalized);
    }

    [Theory]
    [InlineData("pyongyan~", "pyongyan", 2, null)]
    [InlineData("kim~", "kim", 1, null)]
    [InlineData("pyongyan~1", "pyongyan", 1, 1)]
    [InlineData("pyongyan~2", "pyongyan", 2, 2)]
    [InlineData("pyongyan~7", "pyongyan", 2, 2)]
    public void A_word_with_a_tilde_allows_typos(string text, string word, int edits, int? written)
    {
        Assert.Equal(new SearchFuzzy(word, edits, written), SearchQueryParser.Parse(text).Root);
    }

    [Fact]
    public void A_tilde_with_zero_edits_is_the_plain_word()
    {
        Assert.Equal(new SearchTerm("kim"), SearchQueryParser.Parse("kim~0").Root);
        Assert.Equal("pyongyan~ title:kim~1", SearchQueryParser.Parse("pyongyan~ title:kim~1").Normalized);
    }

    [Theory]
    [InlineData("byline:smith", "smith")]
    [InlineData("autor:smith", "smith")]
    public void Byline_searches_one_word_or_a_phrase_in_the_byline(string text, string word)
    {
        Assert.Equal(new SearchTerm(word, SearchScope.Byline), SearchQueryParser.Parse(text).Root);
        Assert.Equal(new SearchPhrase("Ana Pérez", SearchScope.Byline), SearchQueryParser.Parse("byline:\"Ana Pérez\"").Root);
        Assert.Equal("byline:\"Ana Pérez\"", SearchQueryParser.Parse("firma:\"Ana Pérez\"").Normalized);
    }

    public static TheoryData<string, DateOnly?, DateOnly?, string> Dates() => new()
    {
        { "date:2024-06-01..2024-06-30", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30), "date:2024-06-01..2024-06-30" },
        { "date:2024-06-01..", new DateOnly(2024, 6, 1), null, "date:2024-06-01.." },
        { "date:..2024-06-30", null, new DateOnly(2024, 6, 30), "date:..2024-06-30" },
        { "date:2024-06", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30), "date:2024-06-01..2024-06-30" },
        { "fecha:2024", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), "date:2024-01-01..2024-12-31" },
        { "date:2024-02..2024-03", new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31), "date:2024-02-01..2024-03-31" },
        { "date:2024-06-05", new DateOnly(2024, 6, 5), new DateOnly(2024, 6, 5), "date:2024-06-05" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Date_ranges_take_days_months_years_and_open_ends(string text, DateOnly? from, DateOnly? to, string normalized)
    {
        var parsed = SearchQueryParser.Parse(text);

        Assert.Equal(new SearchDateRange(from, to), parsed.Root);
        Assert.Equal(normalized, parsed.Normalized);
        Assert.True(parsed.FiltersByDate);
    }

    [Theory]
    [InlineData("kim date:junio")]
    [InlineData("kim date:2024-13-01")]
    [InlineData("kim date:..")]
    [InlineData("kim date:2024-06-30..2024-06-01")]
    public void A_date_it_cannot_read_is_ignored_with_a_warning(string text)
    {
        var parsed = SearchQueryParser.Parse(text);

        Assert.Equal(new SearchTerm("kim"), parsed.Root);
        Assert.Equal([SearchWarning.InvalidDate], parsed.Warnings);
        Assert.False(parsed.FiltersByDate);
    }
}
