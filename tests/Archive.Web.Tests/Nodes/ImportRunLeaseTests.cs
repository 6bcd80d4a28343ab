using Archive.Core.Data;
using Archive.Core.Importing.Uploads;

namespace Archive.Web.Tests.Nodes;

/// <summary>A run's lease is held by one holder at a time on either provider, and free again once let go.</summary>
public sealed class ImportRunLeaseTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-lease-tests-").FullName;
    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public Task On_SQLite_one_process_at_a_time_holds_a_run() => OneHolderAtATimeAsync(ArchiveDatabaseProvider.Sqlite);

    [PostgresFact]
    public Task On_PostgreSQL_one_node_at_a_time_holds_a_run() => OneHolderAtATimeAsync(ArchiveDatabaseProvider.PostgreSQL);

    private async Task OneHolderAtATimeAsync(ArchiveDatabaseProvider provider)
    {
        _database = TestDatabase.Create(_folder, provider);
        // Two nodes: two lease services, as two processes would each build one.
        var first = ImportRunLeases.For(_database.Location, Path.Combine(_folder, "uploads"));
        var second = ImportRunLeases.For(_database.Location, Path.Combine(_folder, "uploads"));

        var held = await first.TryTakeAsync(7);
        Assert.NotNull(held);
        Assert.Null(await second.TryTakeAsync(7));
        Assert.Null(await first.TryTakeAsync(7));
        await using (var other = await second.TryTakeAsync(8))
            Assert.NotNull(other);

        await held.DisposeAsync();
        await using var taken = await second.TryTakeAsync(7);
        Assert.NotNull(taken);
    }
}
