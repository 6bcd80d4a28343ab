using Archive.Core.Data;
using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Pages.Imports;

/// <summary>A process killed mid-import leaves runs behind; the next start takes them up from their staged files.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-resume-tests-");

    public void Dispose()
    {
        _temp.Dispose();
    }

    [Fact]
    public async Task Startup_resumes_a_queued_run_and_marks_one_whose_files_are_gone_interrupted()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_temp.Path, "uploads", "a1")).FullName;
        await File.WriteAllTextAsync(Path.Combine(staging, "pendiente.md"), "---\ntitle: Nota pendiente\n---\nUna nota que esperaba en la cola.");
        int queued, orphaned;
        await using (var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_temp.Path, "archive.db")}").Options))
        {
            await ArchiveDatabase.MigrateAsync(db);
            var waiting = new ImportRun { Source = "upload: pendiente.md", StartedAt = DateTime.UtcNow, Status = ImportRunStatus.Queued, StagingFolder = staging, FilesSeen = 1 };
            var lost = new ImportRun { Source = "upload: perdido.md", StartedAt = DateTime.UtcNow, Status = ImportRunStatus.Running, StagingFolder = Path.Combine(_temp.Path, "uploads", "gone"), FilesSeen = 1 };
            db.ImportRuns.AddRange(waiting, lost);
            await db.SaveChangesAsync();
            (queued, orphaned) = (waiting.Id, lost.Id);
        }

        await using var app = ArchiveAppFactory.On(_temp.Path);
        var client = app.CreateClient();
        var resumed = await client.WaitUntilFinishedAsync(queued);
        var interrupted = await client.WaitUntilFinishedAsync(orphaned);

        Assert.Equal(("completed", 1, 1), (resumed.Status, resumed.FilesDone, resumed.Imported));
        Assert.Equal(("interrupted", ArticleImporter.StagingGoneReason), (interrupted.Status, interrupted.Reason));
        Assert.False(Directory.Exists(staging));
        var title = await app.ExecuteDbContextAsync(db => db.Articles.Where(a => a.ImportRunId == queued).Select(a => a.Title).SingleAsync());
        Assert.Equal("Nota pendiente", title);
    }
}
