using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages.Search;

[Collection(ArchiveApp.Collection)]
public sealed class BulkTagTests(ArchiveAppFactory app)
{
    /// <summary>Posts a form of the page as a browser would: its own fields (hidden ones included), replaced by <paramref name="set"/> (the last value of a name wins).</summary>
    internal static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string formSelector, params (string Name, string Value)[] set)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(i => i.Type != "submit")
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .Where(f => !set.Any(s => s.Name == f.Key))
            .Concat(set.GroupBy(s => s.Name).Select(g => KeyValuePair.Create(g.Key, g.Last().Value)))
            .ToList();
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Opening_the_bulk_tag_address_without_a_post_goes_back_to_the_search_it_names()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        using var response = await editor.GetAsync("/search/bulk-tag?q=putin&lang=es&page=3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=putin&lang=es", response.Headers.Location!.OriginalString);
    }

    private static int Total(IDocument page) =>
        int.Parse(page.QuerySelector("#search-total")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);

    private async Task<(Core.Articles.Outlet Outlet, IReadOnlyList<Core.Articles.Article> Articles)> AddOutletWithArticlesAsync(string name, int count)
    {
        var outlet = await app.AddOutletAsync($"{name} {Guid.NewGuid():N}");
        var articles = await app.AddArticlesAsync([.. Enumerable.Range(0, count).Select(_ => new ArticleBuilder().From(outlet))]);
        await app.WaitForSearchIndexAsync();
        return (outlet, articles);
    }

    [Fact]
    public async Task An_editor_tags_every_result_across_pages_after_confirming_the_count_and_then_removes_it()
    {
        var (outlet, articles) = await AddOutletWithArticlesAsync("Bulk", 25);
        var tag = await app.AddTagAsync("Cumbre bilateral", "Bilateral summit");
        foreach (var article in articles.Take(5))
            await app.TagAsync(article.Id, tag.Id);
        var (editor, email) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var search = await editor.GetDocumentAsync($"/search?outlet={outlet.Slug}");
        Assert.Equal(25, Total(search));
        Assert.Equal(20, search.QuerySelectorAll(".search-hit").Length);

        using var previewed = await SubmitAsync(editor, search, "#bulk-tag-form", ("tagText", tag.LabelEn), ("operation", "add"));
        var preview = await Html.ParseAsync(previewed);
        var question = preview.QuerySelector("#bulk-tag-question")!;
        Assert.Equal(("25", "5", tag.Slug), (question.GetAttribute("data-matching"), question.GetAttribute("data-carrying"), question.GetAttribute("data-tag")));
        Assert.Contains($"«{tag.LabelEs}» a 25 artículos? 5 ya la tienen", question.Text(), StringComparison.Ordinal);

        using var applied = await SubmitAsync(editor, preview, "#bulk-tag-confirm");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal($"/search?outlet={outlet.Slug}", applied.Headers.Location!.OriginalString);
        var after = await editor.GetDocumentAsync(applied.Headers.Location.OriginalString);
        Assert.Equal($"«{tag.LabelEs}» añadida a 20 artículos.", after.QuerySelector("#bulk-tag-status")!.Text());

        var ids = articles.Select(a => a.Id).ToList();
        Assert.Equal(25, await app.ExecuteDbContextAsync(db => db.ArticleTags.CountAsync(at => at.TagId == tag.Id && ids.Contains(at.ArticleId))));
        TagChangeView summary;
        await using (var scope = app.Services.CreateAsyncScope())
            summary = Assert.Single((await scope.ServiceProvider.GetRequiredService<TagService>().RecentChangesAsync(new TagChangeFilter(TagId: tag.Id, Kind: TagChangeKind.ArticleTagged))).Items, c => c.UserName == email);
        Assert.Equal(20, summary.Details.ArticleCount);
        Assert.Equal(20, await app.ExecuteDbContextAsync(db => db.TagChanges.CountAsync(c => c.ParentId == summary.Id)));

        await app.WaitForSearchIndexAsync();
        var byTag = await editor.GetDocumentAsync($"/search?q=tag:{tag.Slug}");
        Assert.Equal(25, Total(byTag));
        Assert.All(byTag.QuerySelectorAll(".search-hit"), hit => Assert.Equal(tag.LabelEs, hit.QuerySelector($".hit-tags a[href='/tags/{tag.Slug}']")?.Text()));

        using var removePreview = await SubmitAsync(editor, byTag, "#bulk-tag-form", ("tagText", tag.Slug), ("operation", "remove"));
        var confirmRemove = await Html.ParseAsync(removePreview);
        Assert.Equal("25", confirmRemove.QuerySelector("#bulk-tag-question")!.GetAttribute("data-carrying"));
        using var removed = await SubmitAsync(editor, confirmRemove, "#bulk-tag-confirm");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.ArticleTags.CountAsync(at => at.TagId == tag.Id)));
    }

    [Fact]
    public async Task A_result_that_grew_since_the_preview_is_tagged_as_it_is_now_and_the_message_says_so()
    {
        var (outlet, _) = await AddOutletWithArticlesAsync("Creciente", 2);
        var tag = await app.AddTagAsync("Crecimiento", "Growth");
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var search = await editor.GetDocumentAsync($"/search?outlet={outlet.Slug}");
        using var previewed = await SubmitAsync(editor, search, "#bulk-tag-form", ("tagText", tag.LabelEs), ("operation", "add"));
        var preview = await Html.ParseAsync(previewed);

        var late = await app.AddArticleAsync(new ArticleBuilder().From(outlet));
        await app.WaitForSearchIndexAsync();
        using var applied = await SubmitAsync(editor, preview, "#bulk-tag-confirm");

        var after = await editor.GetDocumentAsync(applied.Headers.Location!.OriginalString);
        var status = after.QuerySelector("#bulk-tag-status")!.Text();
        Assert.Contains("añadida a 3 artículos", status, StringComparison.Ordinal);
        Assert.Contains("(2 artículos, ahora 3)", status, StringComparison.Ordinal);
        Assert.True(await app.ExecuteDbContextAsync(db => db.ArticleTags.AnyAsync(at => at.TagId == tag.Id && at.ArticleId == late.Id)));
    }

    [Theory]
    [InlineData("q", "()", "operation", "add")]
    [InlineData("tagText", "ninguna etiqueta así", "operation", "add")]
    [InlineData("operation", "explode", "q", "")]
    public async Task A_malformed_query_unknown_tag_or_operation_gets_a_message_and_changes_nothing(
        string name, string value, string otherName, string otherValue)
    {
        var (outlet, _) = await AddOutletWithArticlesAsync("Errores", 1);
        var tag = await app.AddTagAsync("Errata", "Erratum");
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var search = await editor.GetDocumentAsync($"/search?outlet={outlet.Slug}");
        var before = await app.ExecuteDbContextAsync(db => db.TagChanges.CountAsync());

        using var response = await SubmitAsync(editor, search, "#bulk-tag-form", ("tagText", tag.Slug), (otherName, otherValue), (name, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#bulk-tag-problem")?.Text()));
        Assert.Null(page.QuerySelector("#bulk-tag-confirm"));
        Assert.Equal(before, await app.ExecuteDbContextAsync(db => db.TagChanges.CountAsync()));
    }

    [Fact]
    public async Task Applying_a_tag_deleted_since_the_preview_says_so_and_changes_nothing()
    {
        var (outlet, articles) = await AddOutletWithArticlesAsync("Borrada", 1);
        var tag = await app.AddTagAsync("Efímera", "Ephemeral");
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var search = await editor.GetDocumentAsync($"/search?outlet={outlet.Slug}");
        using var previewed = await SubmitAsync(editor, search, "#bulk-tag-form", ("tagText", tag.Slug), ("operation", "add"));
        var preview = await Html.ParseAsync(previewed);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TagService>().DeleteAsync(tag.Id, TagTestData.Actor);

        using var applied = await SubmitAsync(editor, preview, "#bulk-tag-confirm");

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.NotNull((await Html.ParseAsync(applied)).QuerySelector("#bulk-tag-problem"));
        Assert.False(await app.ExecuteDbContextAsync(db => db.ArticleTags.AnyAsync(at => at.ArticleId == articles[0].Id)));
    }

    [Fact]
    public async Task Readers_see_no_bulk_form_and_see_tags_and_facets_in_their_language()
    {
        var (outlet, articles) = await AddOutletWithArticlesAsync("Lectores", 1);
        var tag = await app.AddTagAsync("Península", "Peninsula");
        await app.TagAsync(articles[0].Id, tag.Id);
        await app.WaitForSearchIndexAsync();
        var reader = app.CreateClient();

        var spanish = await reader.GetDocumentAsync($"/search?outlet={outlet.Slug}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/search?outlet={outlet.Slug}");
        request.Headers.Add("Accept-Language", "en");
        using var response = await reader.SendAsync(request);
        var english = await Html.ParseAsync(response);

        Assert.Null(spanish.QuerySelector("#bulk-tag-form"));
        Assert.Null(spanish.QuerySelector("script[src*='tag-suggest']"));
        Assert.Equal(tag.LabelEs, spanish.QuerySelector($".search-hit .hit-tags a[href='/tags/{tag.Slug}']")?.Text());
        Assert.Equal(tag.LabelEn, english.QuerySelector($".search-hit .hit-tags a[href='/tags/{tag.Slug}']")?.Text());
        Assert.Equal(tag.LabelEs, spanish.QuerySelector($".facet[data-facet='tag'] a[data-value='{tag.Slug}']")?.Text());
        Assert.Equal(tag.LabelEn, english.QuerySelector($".facet[data-facet='tag'] a[data-value='{tag.Slug}']")?.Text());
        Assert.Contains($"tag={tag.Slug}", english.QuerySelector($".facet[data-facet='tag'] a[data-value='{tag.Slug}']")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
