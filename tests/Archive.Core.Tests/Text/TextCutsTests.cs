using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class TextCutsTests
{
    [Fact]
    public void Short_text_is_left_alone()
    {
        Assert.Equal("Kim recibe a Putin.", TextCuts.AtWordBoundary(" Kim recibe a Putin. ", 50));
    }

    [Fact]
    public void Long_text_is_cut_after_a_whole_word_with_an_ellipsis()
    {
        var cut = TextCuts.AtWordBoundary("Kim recibe a Putin, en Pyongyang, con honores", 24);

        Assert.Equal("Kim recibe a Putin, en…", cut);
        Assert.True(cut.Length <= 24);
    }

    [Fact]
    public void A_single_huge_word_is_cut_hard()
    {
        Assert.Equal("aaaa…", TextCuts.AtWordBoundary(new string('a', 20), 5));
    }
}
