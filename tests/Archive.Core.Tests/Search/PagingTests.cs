using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>1,001 articles: enough for page 500 of two and for exports spanning several batches.</summary>
public sealed class PagingArchive : IAsyncLifetime
{
    public const int Count = 1_001;
    private SearchArchive _archive = null!;

    public SearchIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        // Varying repetitions give varying scores; every article gets its own import minute.
        await _archive.AddManyAsync(Enumerable.Range(0, Count).Select(i =>
            new ArticleSpec($"Nota {i}", [string.Join(' ', Enumerable.Repeat("corea", (i % 7) + 1)) + " y otras palabras de relleno"])));
        Index = await _archive.OpenReadyIndexAsync();
    }

    public async Task DisposeAsync()
    {
        Index.Dispose();
        await _archive.DisposeAsync();
    }
}

public sealed class PagingTests(PagingArchive archive) : IClassFixture<PagingArchive>
{
    private readonly ArticleSearch _search = new(archive.Index);

    private List<SearchHit> WalkWithCursors(SearchRequest request)
    {
        var hits = new List<SearchHit>();
        string? cursor = null;
        do
        {
            var page = _search.Search(request with { Cursor = cursor, PageSize = 100 });
            hits.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return hits;
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Cursors_walk_every_hit_once_in_order(SearchSort sort)
    {
        var hits = WalkWithCursors(new SearchRequest { Query = "corea", Sort = sort });

        Assert.Equal(PagingArchive.Count, hits.Count);
        Assert.Equal(PagingArchive.Count, hits.Select(h => h.Id).Distinct().Count());
        for (var i = 1; i < hits.Count; i++)
        {
            var (before, after) = (hits[i - 1], hits[i]);
            if (sort == SearchSort.Relevance && before.Score != after.Score)
                Assert.True(before.Score > after.Score);
            else
                Assert.True(before.ImportedAt > after.ImportedAt);
        }
    }

    [Fact]
    public void Page_500_holds_the_same_hits_as_the_cursor_walk()
    {
        var walk = WalkWithCursors(new SearchRequest { Query = "corea" });

        var page = _search.Search(new SearchRequest { Query = "corea", Page = 500, PageSize = 2 });

        Assert.Equal(PagingArchive.Count, page.Total);
        Assert.Equal(walk.Skip(998).Take(2).Select(h => h.Id), page.Items.Select(h => h.Id));
        Assert.NotNull(page.NextCursor);
        var last = _search.Search(new SearchRequest { Query = "corea", Cursor = page.NextCursor, PageSize = 2 });
        Assert.Equal([walk[^1].Id], last.Items.Select(h => h.Id));
        Assert.Null(last.NextCursor);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Deep_pages_reached_in_hops_match_the_cursor_walk(SearchSort sort)
    {
        var walk = WalkWithCursors(new SearchRequest { Query = "corea", Sort = sort });
        var hopping = new ArticleSearch(archive.Index) { HopSize = 64 };

        foreach (var pageNumber in new[] { 1, 7, 13, 20, 21 })
        {
            var page = hopping.Search(new SearchRequest { Query = "corea", Sort = sort, Page = pageNumber, PageSize = 50 });

            Assert.Equal(walk.Skip((pageNumber - 1) * 50).Take(50).Select(h => h.Id), page.Items.Select(h => h.Id));
            Assert.Equal(PagingArchive.Count, page.Total);
        }
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_total_and_facets()
    {
        foreach (var search in new[] { _search, new ArticleSearch(archive.Index) { HopSize = 64 } })
        {
            var page = search.Search(new SearchRequest { Query = "corea", Page = 5_000, PageSize = 100 });

            Assert.Empty(page.Items);
            Assert.Null(page.NextCursor);
            Assert.Equal(PagingArchive.Count, page.Total);
            Assert.Equal([new FacetValue("es", PagingArchive.Count)], page.Facets.Language);
        }
    }

    [Fact]
    public void A_relevance_cursor_is_refused_for_a_date_search()
    {
        var first = _search.Search(new SearchRequest { Query = "corea" });

        var date = _search.Search(new SearchRequest { Query = "corea", Sort = SearchSort.Date, Cursor = first.NextCursor });

        Assert.Equal([SearchWarning.InvalidCursor], date.Warnings);
    }

    [Fact]
    public void Export_streams_every_hit_in_the_search_order()
    {
        var walk = WalkWithCursors(new SearchRequest { Query = "corea", Sort = SearchSort.Date });

        var rows = _search.Export(new SearchRequest { Query = "corea", Sort = SearchSort.Date, Page = 3, PageSize = 5 }).ToList();

        Assert.Equal(walk.Select(h => h.Id), rows.Select(r => r.Id));
        var row = rows[0];
        Assert.Equal("es", row.Language);
        Assert.StartsWith("corea", row.Text);
        Assert.Contains("corea", row.Snippet);
        Assert.DoesNotContain("<mark>", row.Snippet);
        Assert.True(row.WordCount > 0);
    }

    [Fact]
    public void Export_can_be_cancelled_between_batches()
    {
        using var cancel = new CancellationTokenSource();
        var read = 0;

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in _search.Export(new SearchRequest(), cancel.Token))
            {
                if (++read == 10)
                    cancel.Cancel();
            }
        });
        Assert.Equal(500, read);
    }
}
