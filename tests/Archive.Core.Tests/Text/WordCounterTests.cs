using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Putin llegó a Pyongyang.", 4)]
    [InlineData("Moon Jae-in visitó el país en 2018.", 7)]
    [InlineData("«Hola» — dijo, y se fue…", 5)]
    [InlineData("Putin's car", 2)]
    [InlineData("- - -", 0)]
    public void Words_are_runs_of_letters_and_digits(string text, int count)
    {
        Assert.Equal(count, WordCounter.Count(text));
    }

    [Fact]
    public void Paragraph_counts_add_up()
    {
        Assert.Equal(5, WordCounter.Count(["Uno dos.", "Tres cuatro cinco."]));
    }
}
