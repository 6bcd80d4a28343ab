using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Pages.Tags;

[Collection(ArchiveApp.Collection)]
public sealed class ArticleTaggingTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Anonymous_readers_see_tags_but_no_edit_controls()
    {
        var tag = await app.AddTagAsync("Kremlin", "Kremlin ru");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(article.Id, tag.Id);

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{article.Id}/{article.Slug}");

        Assert.NotNull(page.QuerySelector($"#article-tags a[href='/tags/{tag.Slug}']"));
        Assert.Null(page.QuerySelector("#add-tag-form"));
        Assert.Empty(page.QuerySelectorAll(".remove-tag-form"));
        Assert.Null(page.QuerySelector("script[src*='tag-suggest']"));
    }

    [Fact]
    public async Task An_editor_tags_an_article_by_label_removes_it_and_sees_the_history()
    {
        var tag = await app.AddTagAsync("Pionyang", "Pyongyang");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var (client, email) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var url = $"/articles/{article.Id}/{article.Slug}";
        var page = await client.GetDocumentAsync(url);

        using var added = await client.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(page.Token("#add-tag-form"), ("tag", tag.LabelEn.ToUpperInvariant())));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        page = await client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector($"#article-tags a[href='/tags/{tag.Slug}']"));
        using var removed = await client.PostAsync(url + "?handler=RemoveTag", AntiforgeryForm.Fields(page.Token(".remove-tag-form"), ("tagId", tag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector($"#article-tags a[href='/tags/{tag.Slug}']"));
        var history = page.QuerySelectorAll("#tag-history li");
        Assert.Equal(2, history.Length);
        // The history names the editor by display name (none set: "un editor"), never by sign-in e-mail.
        Assert.All(history, h => Assert.DoesNotContain(email, h.TextContent, StringComparison.Ordinal));
        Assert.All(history, h => Assert.Contains("un editor", h.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_text_asks_for_both_labels_and_then_creates_the_tag()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var url = $"/articles/{article.Id}/{article.Slug}";
        var label = $"Tratado {Guid.NewGuid():N}";
        var page = await client.GetDocumentAsync(url);

        using var asked = await client.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(page.Token("#add-tag-form"), ("tag", label)));
        var askPage = await Html.ParseAsync(asked);
        Assert.Equal(label, askPage.QuerySelector("#new-label-es")?.GetAttribute("value"));

        using var created = await client.PostAsync(url + "?handler=AddTag",
            AntiforgeryForm.Fields(askPage.Token("#create-tag-form"), ("labelEs", label), ("labelEn", "Treaty " + label)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var tags = await app.ExecuteDbContextAsync(db => db.ArticleTags.Where(at => at.ArticleId == article.Id).Select(at => at.Tag!.LabelEs).ToListAsync());
        Assert.Equal([label], tags);
    }

    [Fact]
    public async Task Two_editors_tagging_the_same_article_at_once_make_one_tagging()
    {
        var tag = await app.AddTagAsync("Alianza", "Alliance");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var url = $"/articles/{article.Id}/{article.Slug}";
        var (first, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var (second, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);
        var firstToken = (await first.GetDocumentAsync(url)).Token("#add-tag-form");
        var secondToken = (await second.GetDocumentAsync(url)).Token("#add-tag-form");

        var responses = await Task.WhenAll(
            first.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(firstToken, ("tag", tag.Slug))),
            second.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(secondToken, ("tag", tag.Slug))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.ExecuteDbContextAsync(db => db.ArticleTags.CountAsync(at => at.ArticleId == article.Id)));
    }
}
