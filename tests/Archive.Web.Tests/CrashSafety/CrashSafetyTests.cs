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
/// The real executable killed with SIGKILL at a chosen point (<see cref="DiagnosticHalt"/> makes it stop
/// there and say so), then started again on the same data folder: what was committed stays, exactly
/// once; what was not leaves no trace; the run goes on or says it was interrupted; the index catches
/// up with the database; and an anonymous reader's cached pages show the archive as it now is.
/// </summary>
public sealed class CrashSafetyTests : CrashTestData
{
    [Fact]
    public async Task A_CLI_import_killed_after_two_batches_keeps_exactly_them_and_is_marked_interrupted_on_the_next_start()
    {
        var files = WriteArticles("cli", Articles("cliimport", 150));
        await using (var killed = ArchiveProcess.StartCli(DataFolder, ["import", files],
            (DiagnosticHalt.SettingKey, "after-import-batch:2"), ("Archive:Import:BatchSize", "25")))
        {
            await killed.WaitUntilHaltedAsync();
            await killed.KillAsync();
        }

        var run = await QueryAsync(db => db.ImportRuns.AsNoTracking().SingleAsync());
        Assert.Equal((ImportRunStatus.Running, 50, 50), (run.Status, run.FilesDone, run.Imported));
        Assert.Equal(50, await QueryAsync(db => db.ImportRunFiles.CountAsync()));
        Assert.Equal(50, await QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(50, await QueryAsync(db => db.SearchOutbox.CountAsync()));

        await using var app = ArchiveAppFactory.On(DataFolder);
        var reader = app.CreateClient();
        var interrupted = await reader.WaitUntilFinishedAsync(run.Id);
        Assert.Equal(("interrupted", PathImportLock.OrphanedReason, 50), (interrupted.Status, interrupted.Reason, interrupted.FilesDone));
        Assert.Equal(50, await WaitUntilIndexMatchesDatabaseAsync(reader));
        Assert.Equal(50, await HomePageCountAsync(reader, 50));

        // Importing the same folder again finishes the job: the committed half counts as duplicates.
        var (exitCode, output) = await RunCliAsync(null, "import", files);
        Assert.True(exitCode == 0, output);
        Assert.Contains("  Imported:   100", output, StringComparison.Ordinal);
        Assert.Contains("  Duplicates: 50", output, StringComparison.Ordinal);
        Assert.Equal(150, await WaitUntilIndexMatchesDatabaseAsync(reader));
        Assert.Equal(0, await DuplicatedArticlesAsync());
        Assert.Equal(150, await HomePageCountAsync(reader, 150));
    }

    [Fact]
    public async Task A_background_upload_import_killed_mid_run_resumes_on_restart_without_importing_a_file_twice()
    {
        var editor = await AddEditorAsync();
        var zip = UploadClient.Zip([.. Articles("upload", 80)]);
        int runId;
        var (killed, address) = await StartWebAsync((DiagnosticHalt.SettingKey, "after-import-batch:2"), ("Archive:Import:BatchSize", "20"));
        await using (killed)
        {
            using var client = Client(address);
            using (var signedIn = await client.PostSignInAsync(editor, AccountHelpers.Password))
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using var uploaded = await client.UploadAsync(("lote.zip", zip));
            runId = UploadClient.RunIdFrom(uploaded);
            await killed.WaitUntilHaltedAsync();
            await killed.KillAsync();
        }

        var run = await QueryAsync(db => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal((ImportRunStatus.Running, 40, 40), (run.Status, run.FilesDone, run.Imported));
        Assert.Equal(40, await QueryAsync(db => db.ImportRunFiles.CountAsync(f => f.ImportRunId == runId)));
        Assert.Equal(40, await QueryAsync(db => db.Articles.CountAsync()));
        Assert.True(Directory.Exists(run.StagingFolder), "the staged files wait for the resumed run");

        await using var app = ArchiveAppFactory.On(DataFolder);
        var reader = app.CreateClient();
        var resumed = await reader.WaitUntilFinishedAsync(runId);
        Assert.Equal(("completed", 80, 80, 0, 0), (resumed.Status, resumed.FilesDone, resumed.Imported, resumed.Duplicates, resumed.Failed));
        Assert.Equal(80, await QueryAsync(db => db.ImportRunFiles.Where(f => f.ImportRunId == runId).Select(f => f.Path).Distinct().CountAsync()));
        Assert.Equal(80, await QueryAsync(db => db.ImportRunFiles.CountAsync(f => f.ImportRunId == runId)));
        Assert.Equal(0, await DuplicatedArticlesAsync());
        Assert.Equal(80, await WaitUntilIndexMatchesDatabaseAsync(reader));
        Assert.Equal(80, await HomePageCountAsync(reader, 80));
    }

    [Fact]
    public async Task Index_catch_up_killed_between_the_Lucene_commit_and_the_outbox_cleanup_replays_without_duplicates()
    {
        var files = WriteArticles("catchup", Articles("catchup", 700));
        var (killed, address) = await StartWebAsync((DiagnosticHalt.SettingKey, "after-index-batch:1"));
        await using (killed)
        {
            // With the app running, the CLI leaves the new articles in the outbox for the app to index.
            var (exitCode, output) = await RunCliAsync(null, "import", files);
            Assert.True(exitCode == 0, output);
            Assert.Contains("the running app will index these articles", output, StringComparison.Ordinal);
            await killed.WaitUntilHaltedAsync();
            await killed.KillAsync();
        }

        // The first batch reached Lucene, but its outbox rows are all still there to replay.
        Assert.Equal(700, await QueryAsync(db => db.SearchOutbox.CountAsync()));

        await using var app = ArchiveAppFactory.On(DataFolder);
        var reader = app.CreateClient();
        Assert.Equal(700, await WaitUntilIndexMatchesDatabaseAsync(reader));
        Assert.Equal(700, app.Services.GetRequiredService<SearchIndex>().DocumentCount);
        Assert.Equal(1, await SearchTotalAsync(reader, "catchup3x"));
        Assert.Equal(1, await SearchTotalAsync(reader, "catchup650x"));
        Assert.Equal(700, await HomePageCountAsync(reader, 700));
    }

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

    private Task<(ArchiveProcess Process, Uri Address)> StartWebAsync(params (string Key, string Value)[] settings) =>
        ArchiveProcess.StartWebAsync(DataFolder, settings);

    private static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
}
