using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Web.Tests.Pages.Imports;

/// <summary>The importer's reasons are codes the run page words in the reader's language; old free-text reasons still show.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class ImportReasonTests(ArchiveAppFactory app)
{
    private async Task<int> ImportFailingFilesAsync()
    {
        var folder = Directory.CreateTempSubdirectory("archive-reasons-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "vacio.txt"), []);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "hoja.xlsx"), "x");
            var summary = await app.ExecuteDbContextAsync(db =>
                new ArticleImporter(db, new ImportOptions(), NullLogger<ArticleImporter>.Instance).ImportAsync([folder.FullName], "reasons test"));
            return summary.ImportRunId;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("es", "Archivo vacío", "Tipo de archivo no admitido (.xlsx)")]
    [InlineData("en", "Empty file", "Unsupported file type (.xlsx)")]
    public async Task Failure_reasons_are_shown_in_the_readers_language(string language, string empty, string unsupported)
    {
        var runId = await ImportFailingFilesAsync();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetStringAsync($"/imports/{runId}");

        Assert.Contains(empty, page, StringComparison.Ordinal);
        Assert.Contains(unsupported, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_and_its_arguments_are_stored_beside_the_english_text()
    {
        var runId = await ImportFailingFilesAsync();

        var files = await app.ExecuteDbContextAsync(db => db.ImportRunFiles.AsNoTracking().Where(f => f.ImportRunId == runId).OrderBy(f => f.Path).ToListAsync());

        Assert.Equal([ImportReasonCode.UnsupportedType, ImportReasonCode.EmptyFile], files.Select(f => f.ReasonCode));
        Assert.Equal("[\".xlsx\"]", files[0].ReasonArguments);
        Assert.Equal("unsupported file type (.xlsx)", files[0].Reason);
    }

    [Fact]
    public async Task A_reason_recorded_as_free_text_before_codes_still_shows()
    {
        var runId = await ImportFailingFilesAsync();
        await app.ExecuteDbContextAsync(db => db.ImportRunFiles.Where(f => f.ImportRunId == runId).ExecuteUpdateAsync(
            s => s.SetProperty(f => f.ReasonCode, (ImportReasonCode?)null).SetProperty(f => f.Reason, "old reason, as written")));

        var page = await app.CreateClient().GetStringAsync($"/imports/{runId}");

        Assert.Contains("old reason, as written", page, StringComparison.Ordinal);
    }
}
