using System.Net;
using Archive.Core.Importing;

namespace Archive.Web.Tests.Pages.Imports;

[Collection(ArchiveApp.Collection)]
public sealed class ImportsTests(ArchiveAppFactory app)
{
    private async Task<(ImportRun Run, int ArticleId)> AddRunAsync()
    {
        var run = await app.ExecuteDbContextAsync(async db =>
        {
            var importRun = new ImportRun
            {
                Source = "/srv/articles/lote-7",
                StartedAt = DateTime.UtcNow,
                FinishedAt = DateTime.UtcNow,
                Status = ImportRunStatus.Completed,
                FilesSeen = 3,
                Imported = 1,
                Duplicates = 1,
                Failed = 1,
            };
            db.ImportRuns.Add(importRun);
            await db.SaveChangesAsync();
            return importRun;
        });
        var article = await app.AddArticleAsync(new ArticleBuilder().Titled("Artículo del lote siete").InImportRun(run.Id));
        await app.ExecuteDbContextAsync(async db =>
        {
            db.ImportRunFiles.AddRange(
                new ImportRunFile { ImportRunId = run.Id, Path = "/srv/articles/lote-7/a.txt", Outcome = ImportFileOutcome.Imported, ArticleId = article.Id },
                new ImportRunFile { ImportRunId = run.Id, Path = "/srv/articles/lote-7/b.txt", Outcome = ImportFileOutcome.Duplicate, Reason = "Same text as article 1", ArticleId = article.Id },
                new ImportRunFile { ImportRunId = run.Id, Path = "/srv/articles/lote-7/c.txt", Outcome = ImportFileOutcome.Failed, Reason = "The file is empty" });
            await db.SaveChangesAsync();
        });
        return (run, article.Id);
    }

    [Fact]
    public async Task Imports_lists_each_run_with_its_counts_and_status()
    {
        var (run, _) = await AddRunAsync();

        var page = await app.CreateClient().GetDocumentAsync("/imports");

        var row = page.QuerySelectorAll("table.runs tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/imports/{run.Id}");
        var cells = row.QuerySelectorAll("td").Select(td => td.Text()).ToList();
        Assert.Equal($"Importación n.º {run.Id}", cells[0]);
        Assert.Equal("Completada", cells[2]);
        // A reader sees the imported folder's name, not where the server keeps it.
        Assert.Equal("lote-7", cells[3]);
        Assert.Equal(["3", "1", "1", "1"], cells[4..]);
        Assert.Equal($"/imports/{run.Id}?outcome=failed", row.QuerySelector("td.has-failures a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_import_run_lists_its_files_with_outcome_reason_and_article()
    {
        var (run, articleId) = await AddRunAsync();

        var page = await app.CreateClient().GetDocumentAsync($"/imports/{run.Id}");

        var rows = page.QuerySelectorAll("table.files tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Importado", "Duplicado", "Fallido"], rows.Select(r => r.QuerySelector(".outcome")!.Text()));
        Assert.Equal("The file is empty", rows[2].QuerySelector("td.reason")!.Text());
        var link = rows[0].QuerySelector("a")!;
        Assert.Equal("Artículo del lote siete", link.Text());
        Assert.Equal($"/articles/{articleId}/articulo-del-lote-siete", link.GetAttribute("href"));
        Assert.Equal("3", page.QuerySelector("#files-seen")!.Text());
    }

    [Fact]
    public async Task An_import_run_can_show_only_its_failures()
    {
        var (run, _) = await AddRunAsync();

        var page = await app.CreateClient().GetDocumentAsync($"/imports/{run.Id}?outcome=failed");

        var row = Assert.Single(page.QuerySelectorAll("table.files tbody tr"));
        Assert.Equal("lote-7/c.txt", row.QuerySelector("td.path")!.Text());
        Assert.Equal("failed", page.QuerySelector("#filter-outcome option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_import_run_is_a_404()
    {
        using var response = await app.CreateClient().GetAsync("/imports/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
