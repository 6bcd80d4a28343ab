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
/// Index catch-up killed with SIGKILL between a Lucene commit and the outbox cleanup. The real executable is stopped at that exact point
/// (<see cref="DiagnosticHalt"/>) and killed, then the app starts again on the same data folder: what was
/// committed stays, exactly once; what was not leaves no trace; the run goes on or says it was interrupted;
/// the index catches up with the database; an anonymous reader's cached pages show the archive as it now is.
/// One class per scenario so they run in parallel.
/// </summary>
public sealed class IndexCatchUpCrashTests : CrashTestData
{
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
        Assert.Equal(700, await QueryAsync(db => db.SearchOutbox.Select(e => e.ArticleId).Distinct().CountAsync()));

        await using var app = ArchiveAppFactory.On(DataFolder);
        var reader = app.CreateClient();
        Assert.Equal(700, await WaitUntilIndexMatchesDatabaseAsync(reader));
        Assert.Equal(700, app.Services.GetRequiredService<SearchIndex>().DocumentCount);
        Assert.Equal(1, await SearchTotalAsync(reader, "catchup3x"));
        Assert.Equal(1, await SearchTotalAsync(reader, "catchup650x"));
        Assert.Equal(700, await HomePageCountAsync(reader, 700));
    }
}
