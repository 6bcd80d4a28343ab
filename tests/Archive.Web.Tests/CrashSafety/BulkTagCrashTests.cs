using System.Net;
using Archive.Core.Diagnostics;
using Archive.Core.Importing;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.Pages.Imports;
using Archive.Web.Tests.Pages.Search;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.CrashSafety;

/// <summary>
/// A bulk tagging killed with SIGKILL before its transaction commits. The real executable is stopped at that exact point
/// (<see cref="DiagnosticHalt"/>) and killed, then the app starts again on the same data folder: what was
/// committed stays, exactly once; what was not leaves no trace; the run goes on or says it was interrupted;
/// the index catches up with the database; an anonymous reader's cached pages show the archive as it now is.
/// One class per scenario so they run in parallel.
/// </summary>
public sealed class BulkTagCrashTests : CrashTestData
{
    [Fact]
    public async Task A_bulk_tag_killed_before_its_commit_leaves_no_trace_and_the_retry_reaches_database_index_and_pages()
    {
        var files = WriteArticles("bulk", Articles("bulktag", 30));
        var (imported, importOutput) = await RunCliAsync(null, "import", files);
        Assert.True(imported == 0, importOutput);
        var editor = await AddEditorAsync();
        TagDetails tag;
        await using (var db = OpenDatabase())
        {
            var created = await new TagService(db, TimeProvider.System).CreateAsync("Cumbre vecinal", "Neighbourhood summit", null, TagTestData.Actor);
            tag = created.Tag!;
        }
        var article = await QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug }).FirstAsync());

        var (killed, address) = await StartWebAsync((DiagnosticHalt.SettingKey, "before-bulk-tag-commit:1"));
        await using (killed)
        {
            using var client = Client(address);
            using (var signedIn = await client.PostSignInAsync(editor, AccountHelpers.Password))
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var search = await client.GetDocumentAsync("/search?q=bulktag");
            using var previewed = await BulkTagTests.SubmitAsync(client, search, "#bulk-tag-form", ("tagText", tag.Slug), ("operation", "add"));
            var preview = await Html.ParseAsync(previewed);
            Assert.Equal("30", preview.QuerySelector("#bulk-tag-question")!.GetAttribute("data-matching"));
            var apply = BulkTagTests.SubmitAsync(client, preview, "#bulk-tag-confirm");
            await killed.WaitUntilHaltedAsync();
            await killed.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => apply);
        }

        Assert.Equal(0, await QueryAsync(db => db.ArticleTags.CountAsync(at => at.TagId == tag.Id)));
        Assert.Equal(0, await QueryAsync(db => db.TagChanges.CountAsync(c => c.TagId == tag.Id && c.Kind == TagChangeKind.ArticleTagged)));
        Assert.Equal(0, await QueryAsync(db => db.SearchOutbox.CountAsync()));

        await using var app = ArchiveAppFactory.On(DataFolder);
        var reader = app.CreateClient();
        var articlePage = $"/articles/{article.Id}/{article.Slug}";
        Assert.Null((await reader.GetDocumentAsync(articlePage)).QuerySelector($"a[href='/tags/{tag.Slug}']"));

        var (retry, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var again = await retry.GetDocumentAsync("/search?q=bulktag");
        using var confirm = await BulkTagTests.SubmitAsync(retry, again, "#bulk-tag-form", ("tagText", tag.Slug), ("operation", "add"));
        using var applied = await BulkTagTests.SubmitAsync(retry, await Html.ParseAsync(confirm), "#bulk-tag-confirm");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        Assert.Equal(30, await QueryAsync(db => db.ArticleTags.CountAsync(at => at.TagId == tag.Id)));
        Assert.Equal(1, await QueryAsync(db => db.TagChanges.CountAsync(c => c.TagId == tag.Id && c.Kind == TagChangeKind.ArticleTagged && c.ParentId == null)));
        await WaitUntilIndexMatchesDatabaseAsync(reader);
        Assert.Equal(30, await SearchTotalAsync(reader, $"tag:{tag.Slug}"));
        Assert.NotNull((await reader.GetDocumentAsync(articlePage)).QuerySelector($"a[href='/tags/{tag.Slug}']"));
    }
}
