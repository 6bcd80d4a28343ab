using System.Text;
using Archive.Core.Importing;
using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

/// <summary>Found by the importer fuzzing: U+FFFE in a file made the text format throw and the Markdown format fail.</summary>
public sealed class ReversedByteOrderMarkTests
{
    private static readonly byte[] _article = Encoding.UTF8.GetBytes(
        "Cumbre en Pyongyang\n\nEl presidente ruso firmó un pacto de ayuda mutua \uFFFE con el líder norcoreano, según la agencia estatal.");

    [Fact]
    public void Decoding_turns_it_into_the_replacement_character()
    {
        Assert.Equal("a\uFFFDb", TextDecoding.Decode(Encoding.UTF8.GetBytes("a\uFFFEb")).Text);
    }

    [Fact]
    public void The_text_and_markdown_formats_read_the_article_around_it()
    {
        Assert.NotNull(new TextArticleFormat().Parse(_article, "nota.txt").Article);
        Assert.NotNull(ArticleFormats.CreateAll().Single(f => f.Extensions.Contains(".md")).Parse(_article, "nota.md").Article);
    }
}
