using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>Several indexes (web nodes) fed from one database's outbox: each keeps its own position, and rows go once all have them.</summary>
public sealed class SearchNodeTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;
    private readonly List<SearchIndex> _indexes = [];
    private readonly List<string> _folders = [];

    public async Task InitializeAsync() => _archive = await SearchArchive.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var index in _indexes)
            index.Dispose();
        foreach (var folder in _folders)
            Directory.Delete(folder, recursive: true);
        await _archive.DisposeAsync();
    }

    [Fact]
    public async Task Outbox_rows_stay_until_every_node_has_applied_them()
    {
        var a = await ReadyNodeAsync();
        var b = await ReadyNodeAsync();
        await _archive.AddAsync("Cumbre en Vladivostok", "Putin recibió a Kim en el cosmódromo.");

        var first = await CatchUpAsync(a);
        Assert.Equal(1, first.Indexed);
        Assert.Equal(1, Found(a, "cosmódromo"));
        Assert.Equal(1, await OutboxRowsAsync());

        var second = await CatchUpAsync(b);
        Assert.Equal(1, Found(b, "cosmódromo"));
        Assert.Equal(1, second.OutboxRowsCleared);
        Assert.Equal(0, await OutboxRowsAsync());
        await using var db = _archive.NewDb();
        Assert.Equal(
            new[] { a.NodeId, b.NodeId }.Order(),
            (await db.SearchNodes.Where(n => n.Id != SearchNode.PrunedName).Select(n => n.Id).ToListAsync()).Order());
    }

    [Fact]
    public async Task A_node_away_past_the_retention_is_forgotten_and_rebuilds_when_it_returns()
    {
        var a = await ReadyNodeAsync();
        var b = await ReadyNodeAsync();
        await _archive.AddAsync("Pacto de defensa", "Rusia y Corea del Norte firmaron un pacto.");

        // With no retention every other node counts as away: a does not wait for b.
        var cleared = await CatchUpAsync(a, TimeSpan.Zero);
        Assert.Equal(1, cleared.OutboxRowsCleared);

        var back = await CatchUpAsync(b);
        Assert.True(back.Rebuilt);
        Assert.Equal(1, Found(b, "pacto"));
    }

    [Fact]
    public async Task An_index_keeps_its_name_and_position_across_a_restart()
    {
        var folder = NewFolder();
        var (node, applied) = await IndexOneArticleAsync(folder, "Visita oficial", "Kim viajó en tren blindado.");
        Assert.True(applied > 0);

        using var reopened = SearchIndex.Open(folder, NullLogger<SearchIndex>.Instance);

        Assert.Equal((node, applied), (reopened.NodeId, reopened.AppliedOutboxId));
        await using var again = _archive.NewDb();
        Assert.Equal(new CatchUpResult(0, 0, 0, Rebuilt: false), await SearchArchive.IndexerFor(reopened).CatchUpAsync(again));
    }

    [Fact]
    public async Task A_copied_index_folder_is_a_new_node_that_keeps_the_position_it_copied()
    {
        var folder = NewFolder();
        var (node, applied) = await IndexOneArticleAsync(folder, "Tren blindado", "Kim llegó a Vladivostok en su tren.");
        var copy = NewFolder();
        foreach (var file in Directory.GetFiles(folder))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);

        using var copied = SearchIndex.Open(copy, NullLogger<SearchIndex>.Instance);
        Assert.NotEqual(node, copied.NodeId);
        Assert.Equal(applied, copied.AppliedOutboxId);
        Assert.Equal(1, Found(copied, "blindado"));
        var copiedNode = copied.NodeId;
        copied.Dispose();
        // The new name was committed at once, so a restart before its first report keeps it.
        using var reopened = SearchIndex.Open(copy, NullLogger<SearchIndex>.Instance);
        Assert.Equal(copiedNode, reopened.NodeId);
    }

    /// <summary>An index in <paramref name="folder"/> made ready, then caught up with one new article, and closed.</summary>
    private async Task<(string Node, long Applied)> IndexOneArticleAsync(string folder, string title, string body)
    {
        using var index = SearchIndex.Open(folder, NullLogger<SearchIndex>.Instance);
        await using var db = _archive.NewDb();
        await SearchArchive.IndexerFor(index).EnsureReadyAsync(db);
        await _archive.AddAsync(title, body);
        await SearchArchive.IndexerFor(index).CatchUpAsync(db);
        return (index.NodeId, index.AppliedOutboxId);
    }

    private async Task<SearchIndex> ReadyNodeAsync()
    {
        var index = SearchIndex.Open(NewFolder(), NullLogger<SearchIndex>.Instance);
        _indexes.Add(index);
        await using var db = _archive.NewDb();
        await SearchArchive.IndexerFor(index).EnsureReadyAsync(db);
        return index;
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("archive-node-").FullName;
        _folders.Add(folder);
        return folder;
    }

    private async Task<CatchUpResult> CatchUpAsync(SearchIndex index, TimeSpan? retention = null)
    {
        await using var db = _archive.NewDb();
        var indexer = new SearchIndexer(index, NullLogger<SearchIndexer>.Instance) { NodeRetention = retention ?? TimeSpan.FromDays(7) };
        return await indexer.CatchUpAsync(db);
    }

    private static int Found(SearchIndex index, string query) => new ArticleSearch(index).Search(new SearchRequest { Query = query }).Total;

    private async Task<int> OutboxRowsAsync()
    {
        await using var db = _archive.NewDb();
        return await db.SearchOutbox.CountAsync();
    }
}
