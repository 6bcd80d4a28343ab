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

    [Fact]
    public async Task Concurrent_searches_read_the_same_files_and_agree()
    {
        // Positional reads share one handle per file across clones and threads; a shared file position would mix them up.
        await _archive.AddManyAsync(Enumerable.Range(0, 40).Select(i => new ArticleSpec($"Nota {i}", [$"Corea y Rusia, parte {i}.", i % 2 == 0 ? "Pacto de defensa." : "Visita oficial."])));
        using var index = await _archive.OpenReadyIndexAsync();
        var search = new ArticleSearch(index);
        string[] queries = ["corea", "defensa", "visita", "parte", "\"pacto de defensa\"", "rusia -visita"];
        var expected = queries.ToDictionary(q => q, q => search.Search(new SearchRequest { Query = q, PageSize = 50 }).Items.Select(h => h.Id).ToList());

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 30).Select(i => queries[(worker + i) % queries.Length])
                .Select(q => (q, Ids: search.Search(new SearchRequest { Query = q, PageSize = 50 }).Items.Select(h => h.Id).ToList()))
                .ToList())));

        Assert.All(answers.SelectMany(a => a), answer => Assert.Equal(expected[answer.q], answer.Ids));
        Assert.Equal(20, expected["defensa"].Count);
    }

    [Theory]
    [InlineData((IndexFileAccess)7, 32, "FileAccess")]
    [InlineData(IndexFileAccess.Read, 1, "WriterBufferMB")]
    [InlineData(IndexFileAccess.Read, 4096, "WriterBufferMB")]
    [InlineData(IndexFileAccess.Read, 32, "CatchUpGatherMs", -1)]
    [InlineData(IndexFileAccess.Read, 32, "CatchUpGatherMs", 60_000)]
    public void A_setting_out_of_range_is_named(IndexFileAccess access, int bufferMB, string setting, int gatherMs = 250)
    {
        var problem = new SearchIndexOptions { FileAccess = access, WriterBufferMB = bufferMB, CatchUpGatherMs = gatherMs }.Problem();
        Assert.NotNull(problem);
        Assert.Contains($"Archive:SearchIndex:{setting}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(new SearchIndexOptions().Problem());
}
