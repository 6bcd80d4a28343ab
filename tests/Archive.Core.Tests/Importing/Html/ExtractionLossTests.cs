using static Archive.Core.Tests.Importing.Html.HtmlFixtures;

namespace Archive.Core.Tests.Importing.Html;

/// <summary>Text SmartReader found that the cleaning after it used to throw away (readability-pages benchmark).</summary>
public sealed class ExtractionLossTests
{
    private const string Chinese = "翱翔于距地球数千公里的太空中进入广袤漆黑的未知领域是一项艰苦卓绝的工作这让人感到巨大压力和极度恐慌";

    private static string Article(string paragraphs) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="gb2312"><title>太空中的酒</title></head>
        <body><article><h1>太空中的酒</h1>{paragraphs}</article></body></html>
        """;

    [Fact]
    public void A_chinese_paragraph_written_without_spaces_is_a_paragraph_not_a_fragment()
    {
        var html = Article(string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>{Chinese}{Chinese}{i}。</p><p>{Chinese}{i}</p>")));

        var result = ParseHtml(html);

        Assert.Null(result.FailureReason);
        Assert.Equal(12, result.Article!.Paragraphs.Count);
    }

    [Fact]
    public void A_page_saved_as_utf8_keeps_its_text_whatever_its_old_meta_charset_says()
    {
        var result = ParseHtml(Article(string.Concat(Enumerable.Range(0, 8).Select(i => $"<p>{Chinese}{Chinese}{i}。</p>"))));

        Assert.Equal("太空中的酒", result.Article!.Title);
        Assert.StartsWith(Chinese, result.Article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Short_table_cells_are_data_and_stay()
    {
        var rows = string.Concat(Enumerable.Range(0, 3).Select(i => $"<tr><td>Entity status</td><td>started {i}</td></tr>"));
        var body = string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>The framework runs every task at least once and records its status in a table that operators can read at any time {i}.</p>"));

        var result = ParseHtml(Article(body + $"<table>{rows}</table>"));

        Assert.Contains(result.Article!.Paragraphs, p => p.Contains("Entity status", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_linked_sentences_is_text_but_a_list_of_linked_headlines_is_chrome()
    {
        var body = string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>The team fixed many bugs this month and the release notes below list every one of them in detail {i}.</p>"));
        var changes = "<ul><li><a href=\"/b/1\">Ana Ruiz fixed an issue with revoked permissions</a> in the tab unloader.</li></ul>";
        var related = "<ul><li><a href=\"/story\">Cumbre en Pyongyang</a></li></ul>";

        var paragraphs = ParseHtml(Article(body + changes + related)).Article!.Paragraphs;

        Assert.Contains(paragraphs, p => p.Contains("Ana Ruiz fixed an issue", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Cumbre en Pyongyang", StringComparison.Ordinal));
    }
}
