using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Rusía", "rusia")]
    [InlineData("ESPAÑA", "espana")]
    [InlineData("niño", "nino")]
    [InlineData("Ünïcödé", "unicode")]
    [InlineData("¿Qué pasó?", "¿que paso?")]
    [InlineData("", "")]
    public void Folding_strips_diacritics_and_lower_cases(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Decomposed_accents_fold_like_composed_ones()
    {
        Assert.Equal("rusia", TextFolding.Fold("Rusi\u0301a"));
    }

    [Fact]
    public void Folding_leaves_non_latin_letters_lower_cased()
    {
        Assert.Equal("москва 平壤", TextFolding.Fold("МОСКВА 平壤"));
    }
}
