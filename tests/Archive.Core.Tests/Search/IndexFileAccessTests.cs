using Archive.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>Archive:SearchIndex: both ways of reading the index files serve the same index, in either order.</summary>
public sealed class IndexFileAccessTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await SearchArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Theory]
    [InlineData(IndexFileAccess.Read, IndexFileAccess.Mapped)]
    [InlineData(IndexFileAccess.Mapped, IndexFileAccess.Read)]
    public async Task An_index_written_one_way_is_searched_the_other_way_after_a_restart(IndexFileAccess first, IndexFileAccess then)
    {
        await _archive.AddAsync("Pacto en Pyongyang", "Putin y Kim firmaron un pacto de defensa mutua.");
        using (var index = SearchIndex.Open(_archive.IndexFolder, NullLogger<SearchIndex>.Instance, new SearchIndexOptions { FileAccess = first, WriterBufferMB = 4 }))
        {
            await using var db = _archive.NewDb();
            await SearchArchive.IndexerFor(index).EnsureReadyAsync(db);
            Assert.Equal(1, new ArticleSearch(index).Search(new SearchRequest { Query = "defensa" }).Total);
        }
        await _archive.AddAsync("Cumbre en Seúl", "La defensa de la península ocupó la cumbre.");

        using var reopened = SearchIndex.Open(_archive.IndexFolder, NullLogger<SearchIndex>.Instance, new SearchIndexOptions { FileAccess = then });
        Assert.Equal(SearchIndexState.Ready, reopened.StateAtOpen);
        await _archive.CatchUpAsync(reopened);
        var result = new ArticleSearch(reopened).Search(new SearchRequest { Query = "defensa" });
        Assert.Equal(2, result.Total);
        Assert.Contains(result.Items, hit => hit.Title == "Pacto en Pyongyang");
    }

    [Theory]
    [InlineData((IndexFileAccess)7, 32, "FileAccess")]
    [InlineData(IndexFileAccess.Read, 1, "WriterBufferMB")]
    [InlineData(IndexFileAccess.Read, 4096, "WriterBufferMB")]
    public void A_setting_out_of_range_is_named(IndexFileAccess access, int bufferMB, string setting)
    {
        var problem = new SearchIndexOptions { FileAccess = access, WriterBufferMB = bufferMB }.Problem();
        Assert.NotNull(problem);
        Assert.Contains($"Archive:SearchIndex:{setting}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(new SearchIndexOptions().Problem());
}
