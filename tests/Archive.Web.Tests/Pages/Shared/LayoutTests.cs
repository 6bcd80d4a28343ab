
namespace Archive.Web.Tests.Pages.Shared;

[Collection(ArchiveApp.Collection)]
public sealed class LayoutTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Pages_have_landmarks_a_skip_link_and_a_search_form()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector("body > header nav.site-nav"));
        Assert.NotNull(page.QuerySelector("body > main#main"));
        Assert.NotNull(page.QuerySelector("body > footer"));
        Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
        var search = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/search", search.GetAttribute("action"));
        Assert.Equal("get", search.GetAttribute("method"));
        var input = search.QuerySelector("input[name=q]")!;
        Assert.NotNull(search.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task Pages_use_no_inline_script_or_style_and_every_post_form_has_an_antiforgery_token()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder().WithRemovedLine(1, "Publicidad", "promo"));
        foreach (var url in new[] { "/", "/imports", $"/articles/{article.Id}/{article.Slug}", "/no/such/page" })
        {
            using var response = await app.CreateClient().GetAsync(url);
            var page = await Html.ParseAsync(response);

            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.All(page.QuerySelectorAll("form[method=post]"), form =>
                Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
            Assert.All(page.QuerySelectorAll("select, input:not([type=hidden])"), control =>
                Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']")));
        }
    }
}
