using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static ParsedQuery Parse(string text) => SearchQueryParser.Parse(text);

    [Fact]
    public void Words_side_by_side_must_all_match()
    {
        var parsed = Parse("corea del norte");

        var and = Assert.IsType<SearchAnd>(parsed.Root);
        Assert.Equal(["corea", "del", "norte"], and.Children.Cast<SearchTerm>().Select(t => t.Text));
        Assert.Equal("corea del norte", parsed.Normalized);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_quoted_phrase_is_one_node()
    {
        var parsed = Parse("\"Corea  del Norte\" kim");

        var and = Assert.IsType<SearchAnd>(parsed.Root);
        Assert.Equal(new SearchPhrase("Corea del Norte"), and.Children[0]);
        Assert.Equal(new SearchTerm("kim"), and.Children[1]);
        Assert.Equal("\"Corea del Norte\" kim", parsed.Normalized);
    }

    [Fact]
    public void Typographic_quotes_make_a_phrase_too()
    {
        Assert.Equal(new SearchPhrase("nuevo nivel"), Parse("“nuevo nivel”").Root);
        Assert.Equal(new SearchPhrase("nuevo nivel"), Parse("«nuevo nivel»").Root);
    }

    [Fact]
    public void OR_binds_tighter_than_the_implicit_and()
    {
        var parsed = Parse("pacto putin OR kim");

        var and = Assert.IsType<SearchAnd>(parsed.Root);
        Assert.Equal(new SearchTerm("pacto"), and.Children[0]);
        var or = Assert.IsType<SearchOr>(and.Children[1]);
        Assert.Equal([new SearchTerm("putin"), new SearchTerm("kim")], or.Children);
        Assert.Equal("pacto (putin OR kim)", parsed.Normalized);
    }

    [Fact]
    public void Lower_case_or_is_an_ordinary_word()
    {
        var and = Assert.IsType<SearchAnd>(Parse("putin or kim").Root);
        Assert.Equal(3, and.Children.Count);
    }

    [Fact]
    public void Minus_and_NOT_exclude_a_word()
    {
        var minus = Assert.IsType<SearchAnd>(Parse("rusia -ucrania").Root);
        Assert.Equal(new SearchNot(new SearchTerm("ucrania")), minus.Children[1]);

        var not = Assert.IsType<SearchAnd>(Parse("rusia NOT ucrania").Root);
        Assert.Equal(new SearchNot(new SearchTerm("ucrania")), not.Children[1]);
        Assert.Equal("rusia -ucrania", Parse("rusia NOT ucrania").Normalized);
    }

    [Fact]
    public void A_hyphen_inside_a_word_is_part_of_the_word()
    {
        Assert.Equal(new SearchTerm("covid-19"), Parse("covid-19").Root);
    }

    [Fact]
    public void A_double_negation_cancels_out()
    {
        Assert.Equal(new SearchTerm("kim"), Parse("NOT -kim").Root);
    }

    [Fact]
    public void A_query_of_only_exclusions_is_kept_as_exclusions()
    {
        var parsed = Parse("-ucrania");

        Assert.Equal(new SearchNot(new SearchTerm("ucrania")), parsed.Root);
        Assert.False(parsed.IsEmpty);
    }

    [Fact]
    public void Parentheses_group_alternatives()
    {
        var parsed = Parse("(putin OR kim) -(ucrania OR china)");

        var and = Assert.IsType<SearchAnd>(parsed.Root);
        Assert.IsType<SearchOr>(and.Children[0]);
        var not = Assert.IsType<SearchNot>(and.Children[1]);
        Assert.IsType<SearchOr>(not.Child);
        Assert.Equal("(putin OR kim) -(ucrania OR china)", parsed.Normalized);
    }

    [Fact]
    public void A_trailing_star_makes_a_prefix()
    {
        Assert.Equal(new SearchPrefix("sovi"), Parse("sovi*").Root);
        Assert.Equal("sovi*", Parse("sovi***").Normalized);
    }

    [Fact]
    public void Title_scopes_a_word_a_phrase_a_prefix_or_a_group()
    {
        Assert.Equal(new SearchTerm("limusina", SearchScope.Title), Parse("title:limusina").Root);
        Assert.Equal(new SearchPhrase("limusina rusa", SearchScope.Title), Parse("title:\"limusina rusa\"").Root);
        Assert.Equal(new SearchPrefix("limus", SearchScope.Title), Parse("titulo:limus*").Root);
        var group = Assert.IsType<SearchOr>(Parse("title:(putin OR kim)").Root);
        Assert.All(group.Children, c => Assert.Equal(SearchScope.Title, ((SearchTerm)c).Scope));
        Assert.Equal("title:putin OR title:kim", Parse("title:(putin OR kim)").Normalized);
    }

    [Fact]
    public void Language_outlet_and_tag_filters_are_parsed()
    {
        var and = Assert.IsType<SearchAnd>(Parse("pacto lang:es outlet:\"Fox News\" tag:corea-del-norte").Root);

        Assert.Equal(new SearchFilter(SearchFilterField.Language, "es"), and.Children[1]);
        Assert.Equal(new SearchFilter(SearchFilterField.Outlet, "Fox News"), and.Children[2]);
        Assert.Equal(new SearchFilter(SearchFilterField.Tag, "corea-del-norte"), and.Children[3]);
        Assert.Equal("pacto lang:es outlet:\"Fox News\" tag:corea-del-norte", Parse("pacto lang:es outlet:\"Fox News\" tag:corea-del-norte").Normalized);
    }

    [Fact]
    public void An_unknown_field_name_is_read_as_a_word()
    {
        Assert.Equal(new SearchTerm("10:30"), Parse("10:30").Root);
        Assert.Equal(new SearchTerm("foo:bar"), Parse("foo:bar").Root);
    }

    [Fact]
    public void An_unclosed_quote_makes_a_phrase_of_what_is_there()
    {
        var parsed = Parse("\"corea del");

        Assert.Equal(new SearchPhrase("corea del"), parsed.Root);
        Assert.Equal([SearchWarning.UnbalancedQuote], parsed.Warnings);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR OR")]
    [InlineData("-")]
    [InlineData("NOT")]
    public void A_lone_operator_leaves_nothing_to_search_and_says_so(string text)
    {
        var parsed = Parse(text);

        Assert.True(parsed.IsEmpty);
        Assert.Contains(SearchWarning.DanglingOperator, parsed.Warnings);
    }

    [Theory]
    [InlineData("kim AND", "kim")]
    [InlineData("AND kim", "kim")]
    [InlineData("kim OR", "kim")]
    [InlineData("OR kim", "kim")]
    [InlineData("kim OR OR putin", "kim OR putin")]
    [InlineData("kim - putin", "kim putin")]
    [InlineData("kim -", "kim")]
    public void A_dangling_operator_is_dropped_and_the_words_kept(string text, string reading)
    {
        var parsed = Parse(text);

        Assert.Equal(reading, parsed.Normalized);
        Assert.Contains(SearchWarning.DanglingOperator, parsed.Warnings);
    }

    [Fact]
    public void An_explicit_AND_between_words_is_fine()
    {
        var parsed = Parse("kim AND putin");

        Assert.Equal("kim putin", parsed.Normalized);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_lone_star_is_too_short_a_prefix()
    {
        var parsed = Parse("*");

        Assert.True(parsed.IsEmpty);
        Assert.Equal([SearchWarning.PrefixTooShort], parsed.Warnings);
        Assert.Equal([SearchWarning.PrefixTooShort], Parse("s*").Warnings);
    }

    [Fact]
    public void Empty_parentheses_are_an_empty_group()
    {
        var parsed = Parse("()");

        Assert.True(parsed.IsEmpty);
        Assert.Equal([SearchWarning.EmptyGroup], parsed.Warnings);
    }

    [Theory]
    [InlineData("(kim putin", "kim putin")]
    [InlineData("kim) putin", "kim putin")]
    public void An_unpartnered_parenthesis_is_ignored(string text, string reading)
    {
        var parsed = Parse(text);

        Assert.Equal(reading, parsed.Normalized);
        Assert.Equal([SearchWarning.UnbalancedParenthesis], parsed.Warnings);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("lang:")]
    [InlineData("outlet:\"\"")]
    public void A_field_without_a_value_is_reported(string text)
    {
        var parsed = Parse(text);

        Assert.True(parsed.IsEmpty);
        Assert.Contains(SearchWarning.MissingFieldValue, parsed.Warnings);
    }

    [Fact]
    public void Punctuation_alone_leaves_nothing_to_search()
    {
        var parsed = Parse(new string('!', 700) + new string('?', 700) + new string('.', 600));

        Assert.True(parsed.IsEmpty);
        Assert.Equal([SearchWarning.TooLong], parsed.Warnings);
    }

    [Fact]
    public void A_NUL_byte_separates_words()
    {
        Assert.Equal("kim putin", Parse("kim\0putin").Normalized);
    }

    [Fact]
    public void A_huge_query_is_cut_and_says_so()
    {
        var parsed = Parse(string.Join(' ', Enumerable.Repeat("palabra", 15_000)));

        Assert.Contains(SearchWarning.TooLong, parsed.Warnings);
        Assert.Contains(SearchWarning.TooManyTerms, parsed.Warnings);
        var and = Assert.IsType<SearchAnd>(parsed.Root);
        Assert.Equal(SearchQueryParser.MaxTerms, and.Children.Count);
    }

    [Fact]
    public void Too_many_words_keeps_the_first_ones()
    {
        var words = Enumerable.Range(1, 40).Select(i => $"w{i}").ToList();

        var parsed = Parse(string.Join(' ', words));

        Assert.Equal([SearchWarning.TooManyTerms], parsed.Warnings);
        Assert.Equal(string.Join(' ', words.Take(SearchQueryParser.MaxTerms)), parsed.Normalized);
    }

    [Fact]
    public void Deep_nesting_is_flattened_past_the_limit()
    {
        var parsed = Parse(new string('(', 50) + "kim putin" + new string(')', 50));

        Assert.Equal("kim putin", parsed.Normalized);
        Assert.Contains(SearchWarning.TooDeeplyNested, parsed.Warnings);
        Assert.DoesNotContain(SearchWarning.UnbalancedParenthesis, parsed.Warnings);
    }

    [Fact]
    public void Blank_text_is_empty_without_warnings()
    {
        Assert.True(Parse("   ").IsEmpty);
        Assert.Empty(Parse("   ").Warnings);
        Assert.True(SearchQueryParser.Parse(null).IsEmpty);
    }

    [Fact]
    public void The_normalised_reading_parses_back_to_the_same_tree()
    {
        const string text = "title:limusina (putin OR \"kim jong\") -ucrania sovi* lang:es outlet:\"Fox News\"";
        var parsed = Parse(text);

        var again = Parse(parsed.Normalized);

        Assert.Equal(parsed.Normalized, again.Normalized);
        Assert.Empty(again.Warnings);
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var random = new Random(42);
        const string alphabet = "ab \"()-*:ORNTAD\0\u00e1\u00f1\u201c\u201d\ud83d\ude00";
        for (var i = 0; i < 2_000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var parsed = Parse(new string(chars));
            Assert.NotNull(parsed.Normalized);
        }
    }
}
