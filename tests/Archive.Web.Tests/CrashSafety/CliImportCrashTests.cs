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
/// A CLI import killed with SIGKILL after its second committed batch. The real executable is stopped at that exact point
/// (<see cref="DiagnosticHalt"/>) and killed, then the app starts again on the same data folder: what was
/// committed stays, exactly once; what was not leaves no trace; the run goes on or says it was interrupted;
/// the index catches up with the database; an anonymous reader's cached pages show the archive as it now is.
/// One class per scenario so they run in parallel.
/// </summary>
public sealed class CliImportCrashTests : CrashTestData
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
        // One row per article; an article that got a copy in a later batch is queued again for its story.
        Assert.Equal(50, await QueryAsync(db => db.SearchOutbox.Select(e => e.ArticleId).Distinct().CountAsync()));

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
}
