using Archive.Core.Tagging;

namespace Archive.Core.Tests.Tagging;

public sealed class TagLabelsTests
{
    [Theory]
    [InlineData("  Corea   del NORTE! ", "corea del norte")]
    [InlineData("corea-del-norte", "corea del norte")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("Ñandú en Perú", "nandu en peru")]
    [InlineData("EE. UU.", "ee uu")]
    [InlineData("!!!", "")]
    public void Folding_ignores_case_accents_and_punctuation(string text, string folded)
    {
        Assert.Equal(folded, TagLabels.Fold(text));
    }

    [Fact]
    public void Folding_twice_changes_nothing()
    {
        var once = TagLabels.Fold("Acción Democrática (España)");
        Assert.Equal(once, TagLabels.Fold(once));
    }

    [Theory]
    [InlineData("Unión Europea", "union-europea")]
    [InlineData("Corea del Norte / North Korea", "corea-del-norte-north-korea")]
    [InlineData("¿?", "")]
    public void Slugs_strip_diacritics_and_join_words_with_hyphens(string text, string slug)
    {
        Assert.Equal(slug, TagSlugs.FromText(text));
    }

    [Fact]
    public void Long_slugs_are_cut_at_a_word_boundary()
    {
        var slug = TagSlugs.FromText(string.Join(' ', Enumerable.Repeat("palabra", 30)));

        Assert.True(slug.Length <= Tag.SlugMaxLength);
        Assert.EndsWith("palabra", slug);
        Assert.Equal("palabra-12", TagSlugs.WithSuffix("palabra", 12));
        Assert.True(TagSlugs.WithSuffix(slug, 12).Length <= Tag.SlugMaxLength);
    }

    [Fact]
    public void Labels_keep_their_accents_and_case_but_lose_extra_spaces()
    {
        Assert.Equal("Corea del Norte", TagLabels.Tidy("  Corea \t del   Norte "));
    }
}
