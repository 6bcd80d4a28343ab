using System.Net;
using System.Net.Http.Json;
using Archive.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages.Tags;

[Collection(ArchiveApp.Collection)]
public sealed class TagPagesTests(ArchiveAppFactory app)
{
    private HttpClient Client(string language)
    {
        var client = app.CreateClientWithoutRedirects();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Fact]
    public async Task Tags_page_lists_tags_in_the_readers_language_with_counts()
    {
        var tag = await app.AddTagAsync("Corea del Norte", "North Korea");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(article.Id, tag.Id);

        var spanish = await Client("es").GetDocumentAsync("/tags?sort=count");
        var english = await Client("en").GetDocumentAsync("/tags");

        var esRow = spanish.QuerySelectorAll("table.tags tbody tr").Single(r => r.QuerySelector($"a[href='/tags/{tag.Slug}']") is not null);
        Assert.Equal(tag.LabelEs, esRow.QuerySelector("a")!.Text());
        Assert.Equal("1", esRow.QuerySelector("td.num")!.Text());
        Assert.Equal(tag.LabelEn, english.QuerySelector($"a[href='/tags/{tag.Slug}']")!.Text());
    }

    [Fact]
    public async Task Tag_page_shows_its_articles_and_a_safe_description_and_old_slugs_redirect()
    {
        var tag = await app.AddTagAsync("Cumbre", "Summit", "See [the summit](https://example.org) <script>alert(1)</script>");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(article.Id, tag.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var renamed = await scope.ServiceProvider.GetRequiredService<Archive.Core.Tagging.TagService>()
                .RenameAsync(tag.Id, tag.Slug + "-nuevo", TagTestData.Actor);
            Assert.True(renamed.Succeeded);
        }

        using var old = await Client("es").GetAsync($"/tags/{tag.Slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/tags/{tag.Slug}-nuevo", old.Headers.Location?.OriginalString);

        var page = await Client("es").GetDocumentAsync($"/tags/{tag.Slug}-nuevo");
        Assert.Equal(tag.LabelEs, page.QuerySelector("#tag-label")?.Text());
        Assert.NotNull(page.QuerySelector($"ol.article-list a[href='/articles/{article.Id}/{article.Slug}']"));
        var description = page.QuerySelector("#tag-description")!;
        Assert.Empty(description.QuerySelectorAll("script"));
        Assert.Contains("nofollow", description.QuerySelector("a")!.GetAttribute("rel"), StringComparison.Ordinal);

        using var unknown = await Client("es").GetAsync("/tags/no-such-tag-anywhere");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Home_page_filters_by_tag_and_shows_tags_on_rows()
    {
        var tag = await app.AddTagAsync("Limusina", "Limousine");
        var tagged = await app.AddArticleAsync(new ArticleBuilder());
        await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(tagged.Id, tag.Id);

        var home = await Client("en").GetDocumentAsync($"/?tag={tag.Slug}");

        var rows = home.QuerySelectorAll("ol.article-list li.teaser");
        var row = Assert.Single(rows);
        Assert.Equal(tag.LabelEn, row.QuerySelector($"a.tag[href='/tags/{tag.Slug}']")?.Text());
    }

    [Fact]
    public async Task Api_lists_tags_filters_articles_by_tag_and_shows_tags_on_an_article()
    {
        var tag = await app.AddTagAsync("Rusia", "Russia");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(article.Id, tag.Id);
        var client = Client("es");

        var tags = await client.GetFromJsonAsync<List<TagsApi.TagItem>>("/api/tags");
        Assert.Contains(new TagsApi.TagItem(tag.Slug, tag.LabelEs, tag.LabelEn, 1), tags!);

        var list = await client.GetFromJsonAsync<ArticlesApi.ListResponse>($"/api/articles?tag={tag.Slug}");
        Assert.Equal(article.Id, Assert.Single(list!.Items).Id);
        using var badTag = await client.GetAsync("/api/articles?tag=nothing-like-this");
        Assert.Equal(HttpStatusCode.BadRequest, badTag.StatusCode);

        var detail = await client.GetFromJsonAsync<ArticlesApi.Detail>($"/api/articles/{article.Id}");
        Assert.Equal(new TagsApi.TagRefItem(tag.Slug, tag.LabelEs, tag.LabelEn), Assert.Single(detail!.Tags));

        var suggested = await client.GetFromJsonAsync<List<TagsApi.TagRefItem>>($"/api/tags/suggest?q={Uri.EscapeDataString(tag.LabelEn[..4])}");
        Assert.Contains(suggested!, s => s.Slug == tag.Slug);
    }
}
