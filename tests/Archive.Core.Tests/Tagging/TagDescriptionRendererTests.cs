using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Tagging;

namespace Archive.Core.Tests.Tagging;

public sealed class TagDescriptionRendererTests
{
    private static IDocument Render(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + TagDescriptionRenderer.ToHtml(markdown) + "</body>");

    private static void AssertInert(IDocument html)
    {
        Assert.Empty(html.QuerySelectorAll("script, iframe, object, embed, style"));
        Assert.DoesNotContain(html.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(html.All, e => e.Attributes.Any(a =>
            a.Name is "href" or "src" && !TagDescriptionRenderer.IsSafeUrl(a.Value)));
    }

    [Fact]
    public void Markdown_renders_with_emphasis_lists_and_links()
    {
        var html = Render("La **RPDC**.\n\n- uno\n- dos\n\n[Wikipedia](https://es.wikipedia.org/wiki/Corea_del_Norte)");

        Assert.Equal("RPDC", html.QuerySelector("strong")?.TextContent);
        Assert.Equal(2, html.QuerySelectorAll("li").Length);
        Assert.Equal("https://es.wikipedia.org/wiki/Corea_del_Norte", html.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Script_tags_show_as_text()
    {
        var html = Render("Hola <script>alert('x')</script>\n\n<script>\nalert(1)\n</script>");

        AssertInert(html);
        Assert.Contains("<script>alert('x')</script>", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[pulsa](javascript:alert(1))")]
    [InlineData("[pulsa](JaVaScRiPt:alert(1))")]
    [InlineData("[pulsa](javascript&#58;alert(1))")]
    [InlineData("[pulsa](<java\tscript:alert(1)>)")]
    [InlineData("[pulsa][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[pulsa](vbscript:msgbox(1))")]
    [InlineData("[pulsa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Dangerous_links_keep_their_text_but_lose_the_link(string markdown)
    {
        var html = Render(markdown);

        AssertInert(html);
        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.Contains("pulsa", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangerous_autolinks_are_left_as_text()
    {
        var html = Render("<javascript:alert(1)>");

        AssertInert(html);
        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.Contains("javascript:alert(1)", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(document.domain)> [x](javascript:void(0))")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==> [x](javascript:void(0))")]
    [InlineData("[x](javascript:void(0)) <javascript:alert(1)>")]
    [InlineData("![a](javascript:1) <vbscript:msgbox(1)> [b](data:x) <javascript:alert(2)>")]
    [InlineData("*<javascript:alert(1)>* [x](javascript:void(0))\n\n- [y](vbscript:1) <javascript:alert(3)>")]
    public void Unsafe_autolinks_stay_text_whatever_unsafe_links_surround_them(string markdown)
    {
        var html = Render(markdown);

        AssertInert(html);
        Assert.Empty(html.QuerySelectorAll("a, img"));
    }

    [Fact]
    public void Every_mix_of_unsafe_links_and_autolinks_in_one_paragraph_renders_no_link()
    {
        string[] unsafeParts =
        [
            "<javascript:alert(1)>", "<data:text/html,x>", "[t](javascript:void(0))", "![i](javascript:1)",
            "[r][ref]", "<vbscript:x>",
        ];
        const string definition = "\n\n[ref]: javascript:alert(4)";
        foreach (var first in unsafeParts)
        {
            foreach (var second in unsafeParts)
            {
                foreach (var third in unsafeParts)
                {
                    var html = Render($"{first} texto {second} **{third}**{definition}");
                    AssertInert(html);
                    Assert.Empty(html.QuerySelectorAll("a, img"));
                }
            }
        }
    }

    [Theory]
    [InlineData("![foto](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![foto](javascript:alert(1))")]
    public void Dangerous_images_become_their_alt_text(string markdown)
    {
        var html = Render(markdown);

        AssertInert(html);
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Contains("foto", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![foto](x.png){onerror=alert(1)}")]
    [InlineData("[a](https://example.org \"t\" onmouseover=alert(1))")]
    public void Event_handler_attributes_never_reach_the_html(string markdown)
    {
        AssertInert(Render(markdown));
    }

    [Theory]
    [InlineData("[sitio](https://example.org)")]
    [InlineData("<https://example.org>")]
    [InlineData("Ver https://example.org hoy")]
    public void Links_are_marked_nofollow_noopener(string markdown)
    {
        var link = Render(markdown).QuerySelector("a");

        Assert.Equal("https://example.org", link?.GetAttribute("href"));
        var rel = link!.GetAttribute("rel")!.Split(' ');
        Assert.Contains("nofollow", rel);
        Assert.Contains("noopener", rel);
    }

    [Theory]
    [InlineData("[otra etiqueta](/etiquetas/rusia)", "/etiquetas/rusia")]
    [InlineData("[escribir](mailto:redaccion@example.org)", "mailto:redaccion@example.org")]
    [InlineData("[a](pagina:con-dos-puntos/x)", null)]
    [InlineData("[a](notas/a:b)", "notas/a:b")]
    public void Relative_and_mail_links_survive(string markdown, string? href)
    {
        Assert.Equal(href, Render(markdown).QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void Empty_description_renders_nothing()
    {
        Assert.Equal("", TagDescriptionRenderer.ToHtml("  \n"));
        Assert.Equal("", TagDescriptionRenderer.ToHtml(null));
    }
}
