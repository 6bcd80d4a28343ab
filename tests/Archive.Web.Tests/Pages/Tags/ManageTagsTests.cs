using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Pages.Tags;

[Collection(ArchiveApp.Collection)]
public sealed class ManageTagsTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in()
    {
        using var response = await app.CreateClientWithoutRedirects().GetAsync("/tags/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_creates_a_tag_and_a_stale_edit_gets_a_conflict_message()
    {
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var label = $"Sanciones {Guid.NewGuid():N}";
        var manage = await client.GetDocumentAsync("/tags/manage");

        using var created = await client.PostAsync("/tags/manage?handler=Create",
            AntiforgeryForm.Fields(manage.Token("#create-tag-form"), ("labelEs", label), ("labelEn", "Sanctions " + label)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;

        var stale = await client.GetDocumentAsync(editUrl);
        var fresh = await client.GetDocumentAsync(editUrl);
        string Version(AngleSharp.Dom.IDocument d) => d.QuerySelector("#edit-tag-form input[name='version']")!.GetAttribute("value")!;
        using var first = await client.PostAsync(editUrl + "?handler=Edit",
            AntiforgeryForm.Fields(fresh.Token("#edit-tag-form"), ("version", Version(fresh)), ("labelEs", label + " bis"), ("labelEn", "Sanctions " + label)));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var second = await client.PostAsync(editUrl + "?handler=Edit",
            AntiforgeryForm.Fields(stale.Token("#edit-tag-form"), ("version", Version(stale)), ("labelEs", label + " ter"), ("labelEn", "Sanctions " + label)));

        var page = await Html.ParseAsync(second);
        Assert.Contains("Someone else changed this tag", page.QuerySelector("#tag-problem")?.Text(), StringComparison.Ordinal);
        Assert.Equal(label + " bis", page.QuerySelector("#edit-label-es")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Deleting_asks_first_and_states_how_many_articles_lose_the_tag()
    {
        var tag = await app.AddTagAsync("Borrable", "Deletable");
        foreach (var article in await app.AddArticlesAsync(new ArticleBuilder(), new ArticleBuilder()))
            await app.TagAsync(article.Id, tag.Id);
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var confirm = await client.GetDocumentAsync($"/tags/manage/{tag.Id}?confirmDelete=true");
        Assert.Contains("removes it from 2 articles", confirm.QuerySelector("#delete-count")?.Text(), StringComparison.Ordinal);
        using var deleted = await client.PostAsync($"/tags/manage/{tag.Id}?handler=Delete", AntiforgeryForm.Fields(confirm.Token("#delete-tag-form")));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.ExecuteDbContextAsync(db => db.Tags.AnyAsync(t => t.Id == tag.Id)));
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.ArticleTags.CountAsync(at => at.TagId == tag.Id)));
    }
}

[Collection(ArchiveApp.Collection)]
public sealed class RecentChangesTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Admins_see_recent_changes_filtered_by_tag_and_editors_do_not()
    {
        var tag = await app.AddTagAsync("Auditada", "Audited");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.TagAsync(article.Id, tag.Id);
        var (admin, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        var page = await admin.GetDocumentAsync($"/admin/changes?tag={tag.Slug}&kind=ArticleTagged");

        var row = Assert.Single(page.QuerySelectorAll("#changes tbody tr"));
        Assert.NotNull(row.QuerySelector($"a[href='/articles/{article.Id}']"));
        using var refused = await editor.GetAsync("/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
