using System.Text;
using Archive.Core.Importing;
using Archive.Core.Importing.Uploads;
using Archive.Core.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Importing.Uploads;

/// <summary>An upload becomes a queued run; the importer then runs into that run, and can pick it up again after a stop.</summary>
public sealed class UploadImportTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    private string UploadsFolder => _archive.Files.Combine("uploads");

    private static UploadedFile File(string name, byte[] content) => new(name, () => new MemoryStream(content));

    private static byte[] Article(string title, string paragraph) =>
        ArticleFileBuilder.Article(title, paragraph).Build();

    private async Task<UploadReceipt> ReceiveAsync(params UploadedFile[] files)
    {
        await using var db = _archive.NewContext();
        var receiver = new UploadReceiver(db, new UploadOptions(), [".txt", ".md", ".html", ".htm"], UploadsFolder);
        return await receiver.ReceiveAsync(files);
    }

    private async Task<ImportSummary> ImportRunAsync(int runId, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = _archive.NewContext();
        var importer = new ArticleImporter(db, options ?? new ImportOptions(), _archive.Logger, ArticleFormats.CreateAll());
        return await importer.ImportAsync(runId, progress, cancellationToken);
    }

    private Task<ImportRun> RunAsync(int runId) =>
        _archive.QueryAsync(db => db.ImportRuns.AsNoTracking().Include(r => r.Files).SingleAsync(r => r.Id == runId));

    [Fact]
    public async Task An_upload_is_queued_with_its_refusals_already_on_the_file_list()
    {
        var zip = new ZipBuilder().Entry("a.txt", Article("Uno", "Primer texto del lote.")).Entry("../fuera.txt", "x").Build();

        var receipt = await ReceiveAsync(File("nota.md", Encoding.UTF8.GetBytes("# Nota\n\nUn texto.")), File("lote.zip", zip), File("app.exe", [1]));

        Assert.True(receipt.Queued);
        Assert.Equal(2, receipt.StagedFiles);
        var run = await RunAsync(receipt.ImportRunId);
        Assert.Equal(ImportRunStatus.Queued, run.Status);
        Assert.Equal("upload: nota.md, lote.zip, app.exe", run.Source);
        Assert.True(Directory.Exists(run.StagingFolder));
        Assert.StartsWith(UploadsFolder, run.StagingFolder);
        Assert.Equal((4, 2, 2), (run.FilesSeen, run.FilesDone, run.Failed));
        var traversal = Assert.Single(run.Files, f => f.Path == "lote.zip/../fuera.txt");
        Assert.Equal((ImportFileOutcome.Failed, UploadRefusal.UnsafePath), (traversal.Outcome, traversal.RefusalCode));
        var exe = Assert.Single(run.Files, f => f.Path == "app.exe");
        Assert.Equal("unsupported file type (.exe)", exe.Reason);
        Assert.Equal([".exe"], RefusedUpload.ParseArguments(exe.RefusalArguments));
    }

    [Fact]
    public async Task An_upload_with_nothing_to_import_is_a_finished_run_and_leaves_no_folder()
    {
        var receipt = await ReceiveAsync(File("app.exe", [1]));

        Assert.False(receipt.Queued);
        var run = await RunAsync(receipt.ImportRunId);
        Assert.Equal((ImportRunStatus.Completed, 1, 1, 1), (run.Status, run.FilesSeen, run.FilesDone, run.Failed));
        Assert.Null(run.StagingFolder);
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder));
    }

    [Fact]
    public async Task The_importer_runs_into_the_queued_run_and_records_files_by_their_name_in_the_upload()
    {
        var zip = new ZipBuilder().Entry("docs/a.txt", Article("Uno", "Primer texto del lote.")).Build();
        var receipt = await ReceiveAsync(File("nota.md", Encoding.UTF8.GetBytes("---\ntitle: Nota de prueba\n---\nUn texto de la nota.")), File("lote.zip", zip), File("app.exe", [1]));

        var summary = await ImportRunAsync(receipt.ImportRunId);

        Assert.Equal((receipt.ImportRunId, 3, 2, 1), (summary.ImportRunId, summary.FilesSeen, summary.Imported, summary.Failed));
        var run = await RunAsync(receipt.ImportRunId);
        Assert.Equal(ImportRunStatus.Completed, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal((3, 3, 2, 1), (run.FilesSeen, run.FilesDone, run.Imported, run.Failed));
        Assert.Equal(["app.exe", "lote.zip/docs/a.txt", "nota.md"], run.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var titles = await _archive.QueryAsync(db => db.Articles.Where(a => a.ImportRunId == receipt.ImportRunId).Select(a => a.Title).OrderBy(t => t).ToListAsync());
        Assert.Equal(["Nota de prueba", "Uno"], titles);
    }

    [Fact]
    public async Task A_run_cut_short_resumes_into_the_same_run_without_counting_a_file_twice()
    {
        var files = Enumerable.Range(1, 5)
            .Select(i => File($"n{i}.txt", Article($"Noticia {i}", $"Texto distinto número {i} para la prueba.")))
            .ToArray();
        var receipt = await ReceiveAsync(files);
        using var stop = new CancellationTokenSource();
        var cutAfterTwo = new StopAfter(2, stop);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ImportRunAsync(receipt.ImportRunId, new ImportOptions { BatchSize = 1 }, cutAfterTwo, stop.Token));
        var interrupted = await RunAsync(receipt.ImportRunId);
        Assert.Equal((ImportRunStatus.Interrupted, 2, 2), (interrupted.Status, interrupted.FilesDone, interrupted.Imported));

        var progress = new List<ImportProgress>();
        var summary = await ImportRunAsync(receipt.ImportRunId, progress: new Recorder(progress));

        Assert.Equal(3, summary.Files.Count);
        Assert.Equal(new ImportProgress(5, 5, 5, 0, 0), progress[^1]);
        var run = await RunAsync(receipt.ImportRunId);
        Assert.Equal((ImportRunStatus.Completed, 5, 5, 5, 0, 0), (run.Status, run.FilesSeen, run.FilesDone, run.Imported, run.Duplicates, run.Failed));
        Assert.Equal(5, run.Files.Select(f => f.Path).Distinct().Count());
        Assert.Equal(5, await _archive.QueryAsync(db => db.Articles.CountAsync(a => a.ImportRunId == receipt.ImportRunId)));
    }

    [Fact]
    public async Task A_run_whose_staged_files_are_gone_is_marked_interrupted_with_the_reason()
    {
        var receipt = await ReceiveAsync(File("n.txt", Article("Noticia", "Texto.")));
        UploadReceiver.DeleteFolder((await RunAsync(receipt.ImportRunId)).StagingFolder!);

        await ImportRunAsync(receipt.ImportRunId);

        var run = await RunAsync(receipt.ImportRunId);
        Assert.Equal((ImportRunStatus.Interrupted, ArticleImporter.StagingGoneReason), (run.Status, run.StatusReason));
    }

    [Fact]
    public async Task A_finished_run_is_left_as_it_is_when_imported_again()
    {
        var receipt = await ReceiveAsync(File("n.txt", Article("Noticia", "Texto de una sola vez.")));
        await ImportRunAsync(receipt.ImportRunId);
        var before = await RunAsync(receipt.ImportRunId);

        var again = await ImportRunAsync(receipt.ImportRunId);

        var after = await RunAsync(receipt.ImportRunId);
        Assert.Empty(again.Files);
        Assert.Equal((before.Status, before.FilesDone, before.Imported, before.FinishedAt), (after.Status, after.FilesDone, after.Imported, after.FinishedAt));
    }

    private sealed class StopAfter(int files, CancellationTokenSource stop) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.FilesDone == files)
                stop.Cancel();
        }
    }

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
