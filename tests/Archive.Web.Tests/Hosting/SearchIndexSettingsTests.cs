using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Web.Tests.Hosting;

/// <summary>Archive:SearchIndex is bound like the other settings and checked before the app serves anything.</summary>
public sealed class SearchIndexSettingsTests
{
    [Fact]
    public async Task Memory_mapped_index_files_serve_the_seeds()
    {
        await using var app = new ArchiveAppFactory();
        await using var mapped = app.WithWebHostBuilder(b => b
            .UseSetting("Archive:SearchIndex:FileAccess", "Mapped")
            .UseSetting("Archive:SearchIndex:WriterBufferMB", "8"));
        Assert.Equal(IndexFileAccess.Mapped, mapped.Services.GetRequiredService<IOptions<SearchIndexOptions>>().Value.FileAccess);
        using var client = mapped.CreateClient();
        await ArchiveAppFactory.WaitForSearchIndexAsync(mapped.Services);

        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=putin+kim"));

        Assert.Equal(2, answer.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("Archive:SearchIndex:FileAccess", "Swapped")]
    [InlineData("Archive:SearchIndex:WriterBufferMB", "1")]
    [InlineData("Archive:SearchIndex:CatchUpGatherMs", "-5")]
    public async Task A_bad_value_stops_the_start_and_names_the_section(string key, string value)
    {
        await using var app = new ArchiveAppFactory();
        await using var bad = app.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());

        Assert.Contains("Archive:SearchIndex", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
