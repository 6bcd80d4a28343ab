using Archive.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Search;

public sealed class SearchIndexTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await SearchArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static int Hits(SearchIndex index, string query) =>
        new ArticleSearch(index).Search(new SearchRequest { Query = query }).Total;

    private async Task<int> OutboxRowsAsync()
    {
        await using var db = _archive.NewDb();
        return await db.SearchOutbox.CountAsync();
    }

    [Fact]
    public async Task A_first_start_builds_the_index_from_the_database()
    {
        await _archive.AddAsync("Pacto en Pyongyang", "Putin y Kim firmaron un pacto.");

        using var index = _archive.OpenIndex();
        Assert.Equal(SearchIndexState.Missing, index.StateAtOpen);
        await using var db = _archive.NewDb();
        var result = await SearchArchive.IndexerFor(index).EnsureReadyAsync(db);

        Assert.True(result.Rebuilt);
        Assert.False(index.NeedsRebuild);
        Assert.Equal(1, Hits(index, "pacto"));
        Assert.Equal(0, await OutboxRowsAsync());
    }

    [Fact]
    public async Task Segments_are_written_with_the_archive_codec_and_read_back_after_a_restart()
    {
        await _archive.AddAsync("Pacto en Pyongyang", "Putin y Kim firmaron un pacto de defensa mutua.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }

        using (var directory = FSDirectory.Open(_archive.IndexFolder))
        {
            var segments = new SegmentInfos();
            segments.Read(directory);
            Assert.NotEmpty(segments.Segments);
            Assert.All(segments.Segments, s => Assert.Equal(ArchiveCodec.CodecName, s.Info.Codec.Name));
        }

        using var reopened = _archive.OpenIndex();
        Assert.Equal(SearchIndexState.Ready, reopened.StateAtOpen);
        var hit = Assert.Single(new ArticleSearch(reopened).Search(new SearchRequest { Query = "defensa" }).Items);
        Assert.Contains("<mark>defensa</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_committed_to_sqlite_but_never_indexed_are_found_after_a_restart()
    {
        using (var first = await _archive.OpenReadyIndexAsync())
        {
            // The import commits rows and outbox entries, then the process dies before catching up.
            await _archive.AddAsync("Cumbre en Pyongyang", "Kim recibió a Putin en Pyongyang.");
            await _archive.AddAsync("Otra nota", "La limusina Aurus fue un regalo.");
            Assert.Equal(0, Hits(first, "pyongyang"));
        }

        using var restarted = _archive.OpenIndex();
        Assert.Equal(SearchIndexState.Ready, restarted.StateAtOpen);
        var result = await CatchUp(restarted);

        Assert.False(result.Rebuilt);
        Assert.Equal(2, result.Indexed);
        Assert.Equal(1, Hits(restarted, "pyongyang"));
        Assert.Equal(1, Hits(restarted, "limusina"));
        Assert.Equal(0, await OutboxRowsAsync());
    }

    [Fact]
    public async Task Replaying_outbox_rows_after_a_crash_before_their_deletion_does_not_duplicate_articles()
    {
        using var index = await _archive.OpenReadyIndexAsync();
        var article = await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        await CatchUp(index);
        await using (var db = _archive.NewDb())
        {
            db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = article.Id, EnqueuedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var result = await CatchUp(index);

        Assert.Equal(1, result.Indexed);
        Assert.Equal(1, index.DocumentCount);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task An_edited_article_is_reindexed_and_a_deleted_one_removed()
    {
        using var index = await _archive.OpenReadyIndexAsync();
        var kept = await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        var deleted = await _archive.AddAsync("Limusina", "Un regalo de Putin.");
        await CatchUp(index);

        await using (var db = _archive.NewDb())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == kept.Id);
            article.Paragraphs = ["Kim recibió a Putin con perros de caza."];
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == deleted.Id));
            db.SearchOutbox.AddRange(
                new SearchOutboxEntry { ArticleId = kept.Id, EnqueuedAt = DateTime.UtcNow },
                new SearchOutboxEntry { ArticleId = deleted.Id, EnqueuedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var result = await CatchUp(index);

        Assert.Equal((1, 1), (result.Indexed, result.Removed));
        Assert.Equal(1, Hits(index, "perros"));
        Assert.Equal(0, Hits(index, "limusina"));
        Assert.Equal(1, Hits(index, "putin"));
    }

    [Fact]
    public async Task Catch_up_works_through_a_backlog_in_batches()
    {
        using var index = await _archive.OpenReadyIndexAsync();
        await _archive.AddManyAsync(Enumerable.Range(1, 25).Select(i => new ArticleSpec($"Nota {i}", [$"Texto número {i} sobre Corea."])));
        var indexer = new SearchIndexer(index, NullLogger<SearchIndexer>.Instance) { BatchSize = 10 };

        await using var db = _archive.NewDb();
        var result = await indexer.CatchUpAsync(db);

        Assert.Equal(25, result.Indexed);
        Assert.Equal(25, result.OutboxRowsCleared);
        Assert.Equal(25, Hits(index, "corea"));
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_on_start()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }
        System.IO.Directory.Delete(_archive.IndexFolder, recursive: true);

        using var index = await _archive.OpenReadyIndexAsync();

        Assert.Equal(SearchIndexState.Missing, index.StateAtOpen);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task A_corrupted_index_is_thrown_away_and_rebuilt_on_start()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }
        foreach (var file in System.IO.Directory.GetFiles(_archive.IndexFolder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7]);

        using var index = await _archive.OpenReadyIndexAsync();

        Assert.Equal(SearchIndexState.Corrupt, index.StateAtOpen);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task An_index_with_damaged_segment_files_is_rebuilt_on_start()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }
        foreach (var file in System.IO.Directory.GetFiles(_archive.IndexFolder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith("write.lock", StringComparison.Ordinal)))
            File.Delete(file);

        using var index = await _archive.OpenReadyIndexAsync();

        Assert.Equal(SearchIndexState.Corrupt, index.StateAtOpen);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task An_index_whose_segment_data_is_garbage_behind_a_good_commit_is_rebuilt_on_start()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }
        var data = System.IO.Directory.GetFiles(_archive.IndexFolder)
            .Where(f => Path.GetExtension(f) is ".cfs" or ".cfe")
            .ToList();
        Assert.NotEmpty(data);
        foreach (var file in data)
            await File.WriteAllBytesAsync(file, new byte[64]);

        using var index = await _archive.OpenReadyIndexAsync();

        Assert.Equal(SearchIndexState.Corrupt, index.StateAtOpen);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task An_index_of_an_older_format_is_rebuilt_on_start()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        System.IO.Directory.CreateDirectory(_archive.IndexFolder);
        using (var directory = FSDirectory.Open(_archive.IndexFolder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzers.Version, ArchiveAnalyzers.Exact)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.FormatKey] = "0" });
            writer.Commit();
        }

        using var index = await _archive.OpenReadyIndexAsync();

        Assert.Equal(SearchIndexState.OldFormat, index.StateAtOpen);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task An_index_that_disagrees_with_the_database_is_rebuilt_on_start()
    {
        var article = await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using (await _archive.OpenReadyIndexAsync())
        {
        }
        // The database file was swapped for an older copy: the article is gone and no outbox row says so.
        await using (var db = _archive.NewDb())
            await db.Articles.Where(a => a.Id == article.Id).ExecuteDeleteAsync();

        using var index = _archive.OpenIndex();
        await using var check = _archive.NewDb();
        var result = await SearchArchive.IndexerFor(index).EnsureReadyAsync(check);

        Assert.Equal(SearchIndexState.Ready, index.StateAtOpen);
        Assert.True(result.Rebuilt);
        Assert.Equal(0, Hits(index, "kim"));
    }

    [Fact]
    public async Task A_rebuild_keeps_outbox_rows_written_after_it_started_for_the_next_catch_up()
    {
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        using var index = await _archive.OpenReadyIndexAsync();
        await _archive.AddAsync("Limusina", "Un regalo de Putin.");
        await using var db = _archive.NewDb();

        await SearchArchive.IndexerFor(index).RebuildAsync(db);

        Assert.Equal(0, await OutboxRowsAsync());
        Assert.Equal(2, index.DocumentCount);
    }

    [Fact]
    public async Task A_second_opener_is_told_the_index_is_locked_instead_of_crashing()
    {
        using var running = await _archive.OpenReadyIndexAsync();

        var cli = SearchIndex.TryOpen(_archive.IndexFolder);

        Assert.Null(cli);
        Assert.Throws<SearchIndexLockedException>(() => SearchIndex.Open(_archive.IndexFolder));
        Assert.Equal(0, Hits(running, "kim"));
    }

    [Fact]
    public async Task The_lock_is_released_on_dispose()
    {
        using (await _archive.OpenReadyIndexAsync())
        {
        }

        using var again = SearchIndex.TryOpen(_archive.IndexFolder);

        Assert.NotNull(again);
        Assert.Equal(SearchIndexState.Ready, again.StateAtOpen);
    }

    [Fact]
    public async Task Searches_keep_working_while_a_catch_up_writes()
    {
        using var index = await _archive.OpenReadyIndexAsync();
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        var search = new ArticleSearch(index);
        await index.WriteGate.WaitAsync();
        try
        {
            // A writer holds the gate; a search still answers from the last committed view.
            Assert.Equal(0, search.Search(new SearchRequest { Query = "kim" }).Total);
        }
        finally
        {
            index.WriteGate.Release();
        }
        await CatchUp(index);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "kim" }).Total);
    }

    [Fact]
    public async Task The_catch_up_loop_makes_the_index_ready_then_catches_up_when_signalled()
    {
        using var index = _archive.OpenIndex();
        using var loop = new SearchIndexCatchUpLoop(SearchArchive.IndexerFor(index), NullLogger<SearchIndexCatchUpLoop>.Instance, Options.Create(new SearchIndexOptions()));
        var rounds = new List<TaskCompletionSource<CatchUpResult>> { new(), new() };
        var round = 0;
        loop.RoundCompleted += result =>
        {
            if (round < rounds.Count)
                rounds[round++].TrySetResult(result);
        };
        using var stop = new CancellationTokenSource();

        var running = loop.RunAsync(_archive.NewDb, TimeSpan.FromHours(1), stop.Token);
        var first = await rounds[0].Task.WaitAsync(TimeSpan.FromSeconds(30));
        await _archive.AddAsync("Cumbre", "Kim recibió a Putin.");
        loop.Signal();
        var second = await rounds[1].Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(first.Rebuilt);
        Assert.Equal(1, second.Indexed);
        Assert.Equal(1, Hits(index, "kim"));
    }

    [Fact]
    public async Task Writes_that_arrive_while_a_woken_round_gathers_go_into_that_one_round()
    {
        using var index = _archive.OpenIndex();
        using var loop = new SearchIndexCatchUpLoop(SearchArchive.IndexerFor(index), NullLogger<SearchIndexCatchUpLoop>.Instance,
            Options.Create(new SearchIndexOptions { CatchUpGatherMs = 3_000 }));
        var results = new List<CatchUpResult>();
        var ready = new TaskCompletionSource();
        var gathered = new TaskCompletionSource<CatchUpResult>();
        loop.RoundCompleted += result =>
        {
            lock (results)
                results.Add(result);
            if (result.Rebuilt)
                ready.TrySetResult();
            else if (result.Indexed > 0)
                gathered.TrySetResult(result);
        };
        using var stop = new CancellationTokenSource();

        var running = loop.RunAsync(_archive.NewDb, TimeSpan.FromHours(1), stop.Token);
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The first signal wakes the loop; the writes after it still land within the round's gathering time.
        foreach (var title in new[] { "Cumbre en Pionyang", "Acuerdo de defensa", "Visita de Putin" })
        {
            loop.Signal();
            await _archive.AddAsync(title, $"{title}: Kim recibió a Putin.");
        }
        var round = await gathered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, round.Indexed);
        Assert.Equal(3, Hits(index, "kim"));
    }

    private async Task<CatchUpResult> CatchUp(SearchIndex index)
    {
        await using var db = _archive.NewDb();
        return await SearchArchive.IndexerFor(index).CatchUpAsync(db);
    }
}
