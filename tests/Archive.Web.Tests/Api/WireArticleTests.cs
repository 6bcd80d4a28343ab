using System.Net;
using System.Text.Json;
using Archive.Core.Importing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Web.Tests.Api;

/// <summary>A hard-wrapped wire item, imported for real, as the article page and the JSON API show it.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class WireArticleTests(ArchiveAppFactory app)
{
    private const string WireItem =
        "AIRGAS DECLINES COMMENT ON STOCK ACTIVITY\n" +
        "    NEW YORK, March 2 - The New York Stock Exchange said Airgas\n" +
        "Inc declined to comment on its stock activity, which saw the\n" +
        "shares rise 2-1/4 to 37-3/4 in heavy trading on the exchange.\n" +
        "    The company said it had no news to explain the rise and that\n" +
        "it knew of no corporate developments that would account for it.\n" +
        " Reuter\n";

    private async Task<int> ImportAsync(string name, string text)
    {
        var folder = Directory.CreateTempSubdirectory("archive-wire-");
        try
        {
            var file = Path.Combine(folder.FullName, name);
            await File.WriteAllTextAsync(file, text);
            var summary = await app.ExecuteDbContextAsync(db =>
                new ArticleImporter(db, new ImportOptions(), NullLogger<ArticleImporter>.Instance).ImportAsync([file], "wire test"));
            return Assert.Single(summary.Files).ArticleId!.Value;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_wire_item_reads_as_the_wire_wrote_it_with_its_dateline_and_outlet_and_no_sign_off()
    {
        var id = await ImportAsync("airgas.txt", WireItem);

        using var response = await app.CreateClient().GetAsync($"/api/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("AIRGAS DECLINES COMMENT ON STOCK ACTIVITY", root.GetProperty("title").GetString());
        Assert.Equal("Reuters", root.GetProperty("outlet").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("NEW YORK, March 2 - The New York Stock Exchange said Airgas Inc declined", paragraphs[0], StringComparison.Ordinal);
        var dateline = root.GetProperty("dateline");
        Assert.Equal(["place", "text"], dateline.EnumerateObject().Select(p => p.Name));
        Assert.Equal("NEW YORK", dateline.GetProperty("place").GetString());
        Assert.Equal("NEW YORK, March 2", dateline.GetProperty("text").GetString());
        Assert.Contains(root.GetProperty("removedLines").EnumerateArray(), l => l.GetProperty("rule").GetString() == WireConventions.SignOffRule);

        var page = await app.CreateClient().GetStringAsync($"/articles/{id}");
        Assert.Contains("id=\"dateline\"", page, StringComparison.Ordinal);
        Assert.Contains("NEW YORK, March 2", page, StringComparison.Ordinal);
        Assert.Contains("joined-lines", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_without_a_dateline_has_null_and_a_short_numeric_item_is_undetermined_not_spanish()
    {
        var id = await ImportAsync("marcador.txt", "Resultado\n\n2-1\n\n34 - 12");

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/articles/{id}"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dateline").ValueKind);
        Assert.Equal("und", json.RootElement.GetProperty("language").GetString());

        using var filtered = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/articles?lang=und&pageSize=200"));
        Assert.Contains(filtered.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        var page = await app.CreateClient().GetStringAsync($"/articles/{id}");
        Assert.Contains("lang=\"und\"", page, StringComparison.Ordinal);
    }
}
