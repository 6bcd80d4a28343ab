using System.Text;
using Archive.Core.Importing;
using Archive.Core.Importing.Html;

namespace Archive.Core.Tests.Importing.Html;

/// <summary>Saved pages under Fixtures/ and a format whose shared noise rules flag nothing, so the HTML rules are what is tested.</summary>
internal static class HtmlFixtures
{
    public static readonly HtmlArticleFormat Format = new(_ => null);

    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Importing", "Html", "Fixtures", name));

    public static ParsedArticle ParseFixture(string name)
    {
        var result = Format.Parse(Read(name), name);
        Assert.True(result.Article is not null, $"{name} was not read as an article: {result.FailureReason}");
        return result.Article;
    }

    public static ArticleParseResult ParseHtml(string html) => Format.Parse(Encoding.UTF8.GetBytes(html), "page.html");

    /// <summary>A plain article page around the given head and body markup, with enough text to be read as an article.</summary>
    public static string Page(string head, string extraBody = "", string lang = "") => $$"""
        <!DOCTYPE html>
        <html{{(lang.Length > 0 ? $" lang=\"{lang}\"" : "")}}>
        <head><meta charset="utf-8">{{head}}</head>
        <body>
        <article>
          <p>The regional parliament approved the new water law on Thursday after a debate that lasted most of the afternoon and ended with a narrow majority of three votes, once two members of the governing coalition changed their minds in the final minutes of the session.</p>
          <p>The law caps the amount of groundwater that farms may pump each year and creates a public registry of wells, which environmental groups had demanded for more than a decade as the water table in the coastal plain kept falling year after year.</p>
          <p>Farmers' associations said they would challenge the caps in court, arguing that the limits were set without a proper study of the aquifers in the southern valleys and that hundreds of small family farms would not survive a dry summer under them.</p>
          {{extraBody}}
        </article>
        </body>
        </html>
        """;
}
