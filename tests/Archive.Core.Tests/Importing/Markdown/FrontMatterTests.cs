using Archive.Core.Importing.Markdown;

namespace Archive.Core.Tests.Importing.Markdown;

public sealed class FrontMatterTests
{
    [Fact]
    public void Scalars_quoted_values_and_comments_are_read_like_yaml()
    {
        var (frontMatter, body) = FrontMatter.Split("""
            ---
            title: 'Kim''s visit: the details'
            outlet: "Diario \"Uno\""
            lang: es # Spanish
            ---
            Body text.
            """);

        Assert.Equal("Kim's visit: the details", frontMatter.Value("title"));
        Assert.Equal("Diario \"Uno\"", frontMatter.Value("outlet"));
        Assert.Equal("es", frontMatter.Value("lang"));
        Assert.Equal("Body text.", body);
    }

    [Fact]
    public void Lists_come_as_flow_sequences_dash_items_or_comma_separated_text()
    {
        var (frontMatter, _) = FrontMatter.Split("""
            ---
            tags: [uno, "dos, tres", cuatro]
            authors:
              - Ana
              - "Tom Berg"
            keywords: a, b , c
            ---
            """);

        Assert.Equal(["uno", "dos, tres", "cuatro"], frontMatter.Values("tags"));
        Assert.Equal(["Ana", "Tom Berg"], frontMatter.Values("authors"));
        Assert.Equal(["a", "b", "c"], frontMatter.Values("keywords"));
    }

    [Fact]
    public void Folded_block_scalars_are_joined_into_one_line()
    {
        var (frontMatter, _) = FrontMatter.Split("---\ntitle: >\n  Un titular\n  muy largo\nlang: es\n---\n");

        Assert.Equal("Un titular muy largo", frontMatter.Value("title"));
        Assert.Equal("es", frontMatter.Value("lang"));
    }

    [Theory]
    [InlineData("---\ntitle: sin cerrar\n\nTexto.")]
    [InlineData("Texto.\n---\ntitle: no al principio\n---\n")]
    [InlineData("--- \n")]
    public void Text_without_a_closed_leading_block_is_all_body(string text)
    {
        var (frontMatter, body) = FrontMatter.Split(text);

        Assert.Null(frontMatter.Value("title"));
        Assert.Equal(text, body);
    }

    [Fact]
    public void Keys_are_matched_without_regard_to_case_and_first_alias_present_wins()
    {
        var (frontMatter, _) = FrontMatter.Split("---\nPublished: 2024-01-02\nDate: 2024-03-04\n---\n");

        Assert.Equal("2024-03-04", frontMatter.Value("date", "published"));
        Assert.Equal("2024-01-02", frontMatter.Value("published", "date"));
    }
}
