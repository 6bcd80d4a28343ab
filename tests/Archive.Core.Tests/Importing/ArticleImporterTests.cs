using System.Text;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Tests.Importing;

public sealed class ArticleImporterTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public async Task Importing_the_seeds_stores_both_articles_with_titles_outlets_and_languages()
    {
        var summary = await _archive.ImportAsync([Seeds.Folder]);

        Assert.Equal((2, 2, 0, 0), (summary.FilesSeen, summary.Imported, summary.Duplicates, summary.Failed));
        var articles = await _archive.QueryAsync(db => db.Articles.Include(a => a.Outlet).OrderBy(a => a.SourceFile).ToListAsync());
        var withoutTitle = articles[0];
        var repeatedTitle = articles[1];

        Assert.Equal(Seeds.WithoutTitle, withoutTitle.SourceFile);
        Assert.True(withoutTitle.TitleDerived);
        Assert.Equal("Fox News", withoutTitle.Outlet?.Name);
        Assert.Equal("fox-news", withoutTitle.Outlet?.Slug);
        Assert.Equal("es", withoutTitle.Language);
        Assert.Equal(12, withoutTitle.Paragraphs.Count);
        Assert.Equal("promo-click", Assert.Single(withoutTitle.RemovedLines).Rule);

        Assert.Equal("Vladimir Putin y Kim Jong Un son vistos riéndose en una limusina rusa", repeatedTitle.Title);
        Assert.Equal("vladimir-putin-y-kim-jong-un-son-vistos-riendose-en-una-limusina-rusa", repeatedTitle.Slug);
        Assert.Null(repeatedTitle.Outlet);
        Assert.Equal("es", repeatedTitle.Language);
        Assert.Equal(14, repeatedTitle.Paragraphs.Count);
        Assert.Equal(6, repeatedTitle.RemovedLines.Count);
        Assert.StartsWith("El presidente ruso Vladimir Putin y el líder norcoreano", repeatedTitle.Lead);
        Assert.True(repeatedTitle.Lead.Length <= ArticleImporter.MaxLeadLength);
        Assert.InRange(repeatedTitle.WordCount, 500, 700);
        Assert.Matches("^[0-9a-f]{64}$", repeatedTitle.ContentHash);
        Assert.Equal(summary.ImportRunId, repeatedTitle.ImportRunId);
    }

    [Fact]
    public async Task Importing_the_seeds_twice_stores_nothing_new_and_reports_every_file_as_a_duplicate()
    {
        var first = await _archive.ImportAsync([Seeds.Folder]);
        var second = await _archive.ImportAsync([Seeds.Folder]);

        Assert.Equal((2, 0, 2, 0), (second.FilesSeen, second.Imported, second.Duplicates, second.Failed));
        Assert.All(second.Files, f => Assert.Equal(ImportFileOutcome.Duplicate, f.Outcome));
        Assert.Equal(first.Files.Select(f => f.ArticleId), second.Files.Select(f => f.ArticleId));
        Assert.All(second.Files, f => Assert.Equal($"duplicate of article {f.ArticleId}", f.Reason));
        Assert.Equal(2, await _archive.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(1, await _archive.QueryAsync(db => db.Outlets.CountAsync()));
        Assert.Equal(2, await _archive.QueryAsync(db => db.SearchOutbox.CountAsync()));
    }

    [Fact]
    public async Task Every_imported_article_gets_a_search_outbox_entry_in_its_batch()
    {
        var summary = await _archive.ImportAsync([Seeds.Folder]);

        var outbox = await _archive.QueryAsync(db => db.SearchOutbox.Select(e => e.ArticleId).OrderBy(id => id).ToListAsync());
        Assert.Equal(summary.Files.Select(f => f.ArticleId!.Value).Order(), outbox);
    }

    [Fact]
    public async Task The_import_run_records_counts_status_and_one_row_per_file()
    {
        ArticleFileBuilder.Article("Una noticia", "Primer párrafo de la noticia.").WriteTo(_archive.Files, "a.txt");
        _archive.Files.WriteBytes("b.txt", []);
        _archive.Files.WriteBytes("c.pdf", [1, 2, 3]);

        var summary = await _archive.ImportAsync([_archive.Files.Path]);

        var run = await _archive.QueryAsync(db => db.ImportRuns.Include(r => r.Files).SingleAsync(r => r.Id == summary.ImportRunId));
        Assert.Equal(ImportRunStatus.Completed, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal("test", run.Source);
        Assert.Equal((3, 1, 0, 2), (run.FilesSeen, run.Imported, run.Duplicates, run.Failed));
        Assert.Equal(
            [("a.txt", ImportFileOutcome.Imported, null), ("b.txt", ImportFileOutcome.Failed, "empty file"), ("c.pdf", ImportFileOutcome.Failed, "unsupported file type (.pdf)")],
            run.Files.OrderBy(f => f.Id).Select(f => (Path.GetFileName(f.Path), f.Outcome, f.Reason)));
    }

    [Fact]
    public async Task Bad_files_are_reported_with_reasons_and_the_rest_of_the_batch_is_imported()
    {
        _archive.Files.WriteBytes("1-empty.txt", []);
        _archive.Files.WriteBytes("2-whitespace.txt", "  \n\t\r\n  "u8.ToArray());
        _archive.Files.WriteBytes("3-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);
        _archive.Files.WriteBytes("4-oversized.txt", Encoding.UTF8.GetBytes("Título\n\n" + new string('a', 3000) + "."));
        _archive.Files.WriteBytes("5-only-noise.txt", "-\nHAZ CLIC AQUÍ PARA OBTENER LA APLICACIÓN FOX NEWS\n"u8.ToArray());
        ArticleFileBuilder.Article("Una noticia buena", "El texto de la noticia buena.").WriteTo(_archive.Files, "6-good.txt");
        var missing = _archive.Files.Combine("no-such-file.txt");

        var summary = await _archive.ImportAsync([_archive.Files.Path, missing], new ImportOptions { MaxFileBytes = 1000, BatchSize = 3 });

        var outcomes = summary.Files.ToDictionary(f => Path.GetFileName(f.Path));
        Assert.Equal("empty file", outcomes["1-empty.txt"].Reason);
        Assert.Equal("the file holds only whitespace", outcomes["2-whitespace.txt"].Reason);
        Assert.Equal("binary file (it contains NUL bytes), not text", outcomes["3-binary.txt"].Reason);
        Assert.StartsWith("file too large: 3,010 bytes, the limit is 1,000", outcomes["4-oversized.txt"].Reason);
        Assert.StartsWith("no article text left after cleaning", outcomes["5-only-noise.txt"].Reason);
        Assert.Equal("path not found", outcomes["no-such-file.txt"].Reason);
        Assert.Equal(ImportFileOutcome.Imported, outcomes["6-good.txt"].Outcome);
        Assert.Equal((7, 1, 0, 6), (summary.FilesSeen, summary.Imported, summary.Duplicates, summary.Failed));
        Assert.Equal(6, _archive.Logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_article_under_other_names_encodings_and_line_endings_is_stored_once()
    {
        const string title = "Corea del Norte recibe a Putin";
        string[] paragraphs = ["El señor Kim recibió a Putin en Pyongyang.", "La visita duró dos días y acabó con un pacto."];
        ArticleFileBuilder.Article(title, paragraphs).WriteTo(_archive.Files, "utf8.txt");
        ArticleFileBuilder.Article(title, paragraphs).WithUtf8Bom().WithCrlf().WriteTo(_archive.Files, "bom-crlf.txt");
        ArticleFileBuilder.Article(title, paragraphs).InWindows1252().WithCrlf().WriteTo(_archive.Files, "sub/windows-1252.txt");
        ArticleFileBuilder.Article(title, paragraphs).InUtf16().WriteTo(_archive.Files, "utf16.txt");

        var summary = await _archive.ImportAsync([_archive.Files.Path]);

        Assert.Equal((4, 1, 3), (summary.FilesSeen, summary.Imported, summary.Duplicates));
        var article = await _archive.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal("bom-crlf.txt", article.SourceFile);
        Assert.All(summary.Files.Where(f => f.Outcome == ImportFileOutcome.Duplicate), f => Assert.Equal(article.Id, f.ArticleId));
        Assert.Contains(_archive.Logger.Entries, e => e.Message.Contains("sub/windows-1252.txt is not valid UTF-8; read it as windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicates_across_batches_point_at_the_article_stored_by_the_earlier_batch()
    {
        ArticleFileBuilder.Article("Una noticia", "El mismo texto.").WriteTo(_archive.Files, "a.txt");
        ArticleFileBuilder.Article("Otra noticia", "Un texto distinto.").WriteTo(_archive.Files, "b.txt");
        ArticleFileBuilder.Article("Una noticia", "El mismo texto.").WriteTo(_archive.Files, "c.txt");

        var summary = await _archive.ImportAsync([_archive.Files.Path], new ImportOptions { BatchSize = 2 });

        Assert.Equal(summary.Files[0].ArticleId, summary.Files[2].ArticleId);
        Assert.Equal(ImportFileOutcome.Duplicate, summary.Files[2].Outcome);
        Assert.Equal(2, await _archive.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Windows_1252_text_is_decoded_and_the_fallback_is_logged()
    {
        ArticleFileBuilder.Article("La señal de Corea", "España y Corea del Norte firmaron un acuerdo en mañana de niebla.")
            .InWindows1252().WriteTo(_archive.Files, "latin.txt");

        await _archive.ImportAsync([_archive.Files.Path]);

        var article = await _archive.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal("La señal de Corea", article.Title);
        Assert.Equal("España y Corea del Norte firmaron un acuerdo en mañana de niebla.", Assert.Single(article.Paragraphs));
        Assert.Contains(_archive.Logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_single_file_path_is_stored_under_its_file_name()
    {
        var summary = await _archive.ImportAsync([Seeds.PathOf(Seeds.RepeatedTitle)]);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(Seeds.RepeatedTitle, await _archive.QueryAsync(db => db.Articles.Select(a => a.SourceFile).SingleAsync()));
    }

    [Fact]
    public async Task Progress_is_reported_after_every_file()
    {
        var reports = new List<ImportProgress>();
        var progress = new SynchronousProgress<ImportProgress>(reports.Add);

        await _archive.ImportAsync([Seeds.Folder, Seeds.PathOf(Seeds.WithoutTitle)], progress: progress);

        Assert.Equal([1, 2, 3], reports.Select(r => r.FilesDone));
        Assert.Equal(new ImportProgress(3, 3, 2, 1, 0), reports[^1]);
    }

    [Fact]
    public async Task A_cancelled_import_is_marked_interrupted_and_keeps_the_batches_already_committed()
    {
        for (var i = 0; i < 4; i++)
            ArticleFileBuilder.Article($"Noticia número {i}", $"Texto propio de la noticia {i}.").WriteTo(_archive.Files, $"{i}.txt");
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<ImportProgress>(p =>
        {
            if (p.FilesDone == 2)
                cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _archive.ImportAsync([_archive.Files.Path], new ImportOptions { BatchSize = 2 }, progress, cancellation.Token));

        var run = await _archive.QueryAsync(db => db.ImportRuns.SingleAsync());
        Assert.Equal(ImportRunStatus.Interrupted, run.Status);
        Assert.Equal(2, run.Imported);
        Assert.Equal(2, await _archive.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(2, await _archive.QueryAsync(db => db.ImportRunFiles.CountAsync()));
    }

    [Fact]
    public async Task A_batch_that_fails_to_commit_leaves_the_database_as_it_was_before_that_batch()
    {
        ArticleFileBuilder.Article("Primera noticia", "Texto de la primera.").WriteTo(_archive.Files, "1.txt");
        ArticleFileBuilder.Article("Segunda noticia", "Texto de la segunda.").WriteTo(_archive.Files, "2.txt");
        ArticleFileBuilder.Article("Tercera noticia", "Texto de la tercera.").WriteTo(_archive.Files, "3.txt");
        // A trigger stands in for a crash in the middle of the second batch's writes.
        await _archive.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER fail_third AFTER INSERT ON Articles WHEN NEW.Title = 'Tercera noticia' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;"));

        var crash = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => _archive.ImportAsync([_archive.Files.Path], new ImportOptions { BatchSize = 2 }));

        Assert.Contains("simulated crash", crash.Message, StringComparison.Ordinal);

        Assert.Equal(["Primera noticia", "Segunda noticia"], await _archive.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Title).ToListAsync()));
        Assert.Equal(2, await _archive.QueryAsync(db => db.ImportRunFiles.CountAsync()));
        Assert.Equal(2, await _archive.QueryAsync(db => db.SearchOutbox.CountAsync()));
        var run = await _archive.QueryAsync(db => db.ImportRuns.SingleAsync());
        Assert.Equal((ImportRunStatus.Failed, 2), (run.Status, run.Imported));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
