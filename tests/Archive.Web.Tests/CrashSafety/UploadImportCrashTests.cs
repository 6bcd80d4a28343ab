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
/// A background upload import killed with SIGKILL after its second committed batch. The real executable is stopped at that exact point
/// (<see cref="DiagnosticHalt"/>) and killed, then the app starts again on the same data folder: what was
/// committed stays, exactly once; what was not leaves no trace; the run goes on or says it was interrupted;
/// the index catches up with the database; an anonymous reader's cached pages show the archive as it now is.
/// One class per scenario so they run in parallel.
/// </summary>
public sealed class UploadImportCrashTests : CrashTestData
{
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
}
