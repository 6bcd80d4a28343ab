using Archive.Core.Data;
using Archive.Core.Research;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Research;

/// <summary>A batch left half-answered by a stopped process is carried on by the next start, from the lines it had not answered.</summary>
public sealed class BatchSearchRestartTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-batch-restart-");

    public void Dispose()
    {
        _temp.Dispose();
    }

    [Fact]
    public async Task A_batch_left_running_is_finished_by_the_next_start_without_redoing_answered_lines()
    {
        int batchId;
        await using (var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_temp.Path, "archive.db")}").Options))
        {
            await ArchiveDatabase.MigrateAsync(db);
            var batch = new BatchSearch
            {
                UserId = "someone",
                Status = BatchSearchStatus.Running,
                CreatedAt = DateTime.UtcNow,
                LinesTotal = 3,
                LinesDone = 1,
                Lines =
                [
                    // Answered before the stop; the made-up total shows it is not searched again.
                    new BatchSearchLine { Line = 1, Query = "putin", Done = true, Total = 4242 },
                    new BatchSearchLine { Line = 2, Query = "putin" },
                    new BatchSearchLine { Line = 3, Query = "( )" },
                ],
            };
            db.BatchSearches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        await using var app = ArchiveAppFactory.On(_temp.Path);
        _ = app.Server;
        await app.WaitForSearchIndexAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        BatchSearch finished;
        do
        {
            await Task.Delay(50, timeout.Token);
            finished = await app.ExecuteDbContextAsync(db => db.BatchSearches.AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.Id == batchId));
        }
        while (finished.Status != BatchSearchStatus.Completed);

        var lines = finished.Lines.OrderBy(l => l.Line).ToList();
        Assert.Equal(3, finished.LinesDone);
        Assert.Equal(4242, lines[0].Total);
        Assert.True(lines[1].Total > 0, "the seeds mention Putin");
        Assert.Equal(BatchLineFailure.NothingSearchable, lines[2].Failure);
    }
}
