using Archive.Core.Search;
using Archive.Core.Tagging;

namespace Archive.Core.Tests.Tagging;

/// <summary>Found by the query fuzzing: half a surrogate pair, or U+FFFE, made every search through a tag label throw.</summary>
public sealed class TagLabelFoldingOfBrokenTextTests
{
    [Theory]
    [InlineData("\ud800kim", "kim")]
    [InlineData("corea\udc00del norte", "corea del norte")]
    [InlineData("putin\ud83d", "putin")]
    [InlineData("\ud83d\ude00 kim", "kim")]
    [InlineData("kim\uFFFEjong\uFFFF", "kim jong")]
    public void Half_a_surrogate_pair_or_a_noncharacter_separates_words_instead_of_throwing(string text, string folded)
    {
        Assert.Equal(folded, TagLabels.Fold(text));
    }

    [Fact]
    public void A_query_holding_half_a_surrogate_pair_builds_a_lucene_query()
    {
        var parsed = ArticleSearch.Parse("\udc00\ud800 kim");

        Assert.NotNull(LuceneQueryBuilder.Build(parsed.Root!));
    }
}
