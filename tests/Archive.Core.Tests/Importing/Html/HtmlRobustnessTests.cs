using System.Text;
using static Archive.Core.Tests.Importing.Html.HtmlFixtures;

namespace Archive.Core.Tests.Importing.Html;

public sealed class HtmlRobustnessTests
{
    public static TheoryData<string, byte[]> Junk()
    {
        var random = new byte[64 * 1024];
        new Random(6).NextBytes(random);
        return new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "random bytes", random },
            { "zeros", new byte[4096] },
            { "only a script", Encoding.UTF8.GetBytes("<script>while(true){}</script>") },
            { "plain text", Encoding.UTF8.GetBytes("just a line of text, no markup") },
            { "unclosed tags", Encoding.UTF8.GetBytes("<html><body><div><p>Hola <b>mundo <i>roto <table><tr><td>celda") },
            { "json instead of html", Encoding.UTF8.GetBytes("""{"@type":"NewsArticle","headline":"x"}""") },
        };
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public void Junk_input_gets_a_reason_instead_of_an_exception(string description, byte[] content)
    {
        var result = Format.Parse(content, $"{description}.html");

        Assert.Null(result.Article);
        Assert.False(string.IsNullOrWhiteSpace(result.FailureReason));
    }

    [Fact]
    public void Markup_nested_thousands_of_levels_deep_is_refused_with_its_depth()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "<p>hola</p>";

        var result = ParseHtml(html);

        Assert.Contains("nested", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_broken_page_with_scripts_styles_and_iframes_still_yields_its_text()
    {
        var extra = """
            <script>document.write("<p>Injected by a script and never seen by the reader of the saved page</p>");</script>
            <style>p { color: red } /* Hidden stylesheet text that must never be taken for article text */</style>
            <iframe src="https://ads.example.com/frame"><p>Iframe fallback content</p></iframe>
            <p>An unclosed paragraph about the new registry of wells, which will be open to the public from next spring <b>and searchable by municipality
            """;

        var article = ParseHtml(Page("<title>Water law approved</title>", extra)).Article;

        Assert.NotNull(article);
        Assert.Equal("Water law approved", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Injected", StringComparison.Ordinal) || p.Contains("stylesheet", StringComparison.Ordinal) || p.Contains("Iframe", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("An unclosed paragraph about the new registry", StringComparison.Ordinal));
    }

    [Fact]
    public void Huge_attribute_values_do_not_stop_the_page_from_being_read()
    {
        var huge = new string('x', 500_000);
        var head = $"""<title>Water law approved</title><meta property="og:description" content="{huge}"><link rel="canonical" href="https://news.example/{huge}">""";

        var article = ParseHtml(Page(head, $"""<div data-tracking="{huge}"></div>""")).Article;

        Assert.NotNull(article);
        Assert.Equal("Water law approved", article.Title);
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
