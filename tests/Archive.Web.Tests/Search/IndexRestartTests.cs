using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Web.Tests.Search;

/// <summary>The index is derived: delete its folder, start the app again on the same database, and search comes back.</summary>
public sealed class IndexRestartTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-web-restart-");

    [Fact]
    public async Task Deleting_the_index_and_restarting_brings_search_back()
    {
        await using (var first = ArchiveAppFactory.On(_temp.Path))
        {
            await first.WaitForSearchIndexAsync();
            Assert.True(await TotalAsync(first, "pactos") >= 1);
        }

        Directory.Delete(Path.Combine(_temp.Path, "index"), recursive: true);

        await using var second = ArchiveAppFactory.On(_temp.Path);
        await second.WaitForSearchIndexAsync();
        Assert.True(Directory.Exists(second.IndexFolder));
        Assert.True(await TotalAsync(second, "pactos") >= 1);
        Assert.True(await TotalAsync(second, "\"Corea del Norte\"") >= 1);
    }

    private static async Task<int> TotalAsync(ArchiveAppFactory app, string query)
    {
        var result = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}");
        return result.GetProperty("total").GetInt32();
    }

    public void Dispose()
    {
        _temp.Dispose();
    }
}
