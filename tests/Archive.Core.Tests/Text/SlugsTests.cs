using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Vladimir Putin y Kim Jong Un son vistos riéndose en una limusina rusa", "vladimir-putin-y-kim-jong-un-son-vistos-riendose-en-una-limusina-rusa")]
    [InlineData("¿Qué pasó en Pyongyang? ¡Un pacto!", "que-paso-en-pyongyang-un-pacto")]
    [InlineData("Año 2024: la niña", "ano-2024-la-nina")]
    [InlineData("Putin's visit", "putins-visit")]
    [InlineData("---", "article")]
    [InlineData("平壤", "article")]
    [InlineData("", "article")]
    public void Slugs_are_lower_case_ascii_with_hyphens_and_never_empty(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
    }

    [Fact]
    public void Long_titles_are_cut_on_a_word_boundary()
    {
        var slug = Slugs.FromTitle(string.Join(' ', Enumerable.Repeat("palabra", 30)));

        Assert.True(slug.Length <= Slugs.MaxLength, slug);
        Assert.EndsWith("-palabra", slug);
        Assert.DoesNotContain("--", slug);
    }
}
