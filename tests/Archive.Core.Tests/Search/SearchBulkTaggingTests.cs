using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Search;

/// <summary>Bulk tagging acts on a search's whole result set, read from a real index over a real database.</summary>
public sealed class SearchBulkTaggingTests : IAsyncLifetime
{
    private static readonly TagActor _editor = new("user-ana", "Ana Editora");
    private SearchArchive _archive = null!;
    private SearchIndex _index = null!;
    private ArticleSearch _search = null!;
    private List<int> _summitIds = null!;
    private int _otherId;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        var summits = await _archive.AddManyAsync(Enumerable.Range(1, 45)
            .Select(i => new ArticleSpec($"Cumbre número {i}", ["Putin y Kim se reunieron en Pyongyang."]) { Outlet = "Diario Uno" }));
        _summitIds = [.. summits.Select(a => a.Id).Order()];
        _otherId = (await _archive.AddAsync("Otra noticia", "El parlamento votó los presupuestos.")).Id;
        _index = await _archive.OpenReadyIndexAsync();
        _search = new ArticleSearch(_index);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _archive.DisposeAsync();
    }

    private async Task<T> WithBulkAsync<T>(Func<SearchBulkTagging, TagService, Task<T>> action)
    {
        await using var db = _archive.NewDb();
        var tags = new TagService(db, TimeProvider.System);
        return await action(new SearchBulkTagging(_search, tags), tags);
    }

    private Task<TagDetails> CreateTagAsync(string es, string en) =>
        WithBulkAsync(async (_, tags) => (await tags.CreateAsync(es, en, null, _editor)).Tag!);

    [Fact]
    public void Matching_ids_are_the_whole_result_set_not_a_page()
    {
        var all = _search.MatchingIds(new SearchRequest { Query = "pyongyang", PageSize = 5, Page = 3 }, limit: 1000);
        var capped = _search.MatchingIds(new SearchRequest { Query = "pyongyang" }, limit: 10);

        Assert.Equal(_summitIds, all.Ids.Order());
        Assert.True(all.Complete);
        Assert.Equal(45, capped.Total);
        Assert.Empty(capped.Ids);
        Assert.False(capped.Complete);
    }

    [Fact]
    public async Task Preview_counts_the_matches_and_those_already_tagged_then_apply_tags_the_rest()
    {
        var tag = await CreateTagAsync("Cumbre", "Summit");
        await WithBulkAsync((_, tags) => tags.BulkTagAsync(_summitIds[..17], tag.Id, _editor));
        var request = new SearchRequest { Query = "putin kim", Outlets = ["diario-uno"] };

        var preview = await WithBulkAsync((bulk, _) => bulk.PreviewAsync(request, "SUMMIT", BulkTagOperation.Add));
        var outcome = await WithBulkAsync((bulk, _) => bulk.ApplyAsync(request, tag.Id, BulkTagOperation.Add, preview.Matching, _editor));

        Assert.Equal((BulkTagCode.Ok, 45, 17, 28), (preview.Code, preview.Matching, preview.Carrying, preview.WouldChange));
        Assert.Equal(tag.Id, preview.Tag!.Id);
        Assert.Equal((BulkTagCode.Ok, 45, 28, false), (outcome.Code, outcome.Matching, outcome.Changed, outcome.ResultChanged));
        await using var db = _archive.NewDb();
        Assert.Equal(_summitIds, await db.ArticleTags.Where(at => at.TagId == tag.Id).Select(at => at.ArticleId).OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task Apply_acts_on_the_current_result_and_says_it_changed_since_the_preview()
    {
        var tag = await CreateTagAsync("Pionyang", "Pyongyang");
        await WithBulkAsync((_, tags) => tags.BulkTagAsync([.. _summitIds, _otherId], tag.Id, _editor));
        var request = new SearchRequest { Query = "cumbre" };

        var outcome = await WithBulkAsync((bulk, _) => bulk.ApplyAsync(request, tag.Id, BulkTagOperation.Remove, previewedMatching: 40, _editor));

        Assert.Equal((BulkTagCode.Ok, 45, 45, true), (outcome.Code, outcome.Matching, outcome.Changed, outcome.ResultChanged));
        await using var db = _archive.NewDb();
        Assert.Equal([_otherId], await db.ArticleTags.Where(at => at.TagId == tag.Id).Select(at => at.ArticleId).ToListAsync());
    }

    [Fact]
    public async Task Unknown_tags_and_unsearchable_queries_change_nothing()
    {
        var tag = await CreateTagAsync("Parlamento", "Parliament");

        var unknown = await WithBulkAsync((bulk, _) => bulk.PreviewAsync(new SearchRequest { Query = "cumbre" }, "no such tag", BulkTagOperation.Add));
        var unsearchable = await WithBulkAsync((bulk, _) => bulk.PreviewAsync(new SearchRequest { Query = "()" }, tag.Slug, BulkTagOperation.Add));
        var gone = await WithBulkAsync((bulk, _) => bulk.ApplyAsync(new SearchRequest(), tag.Id + 1000, BulkTagOperation.Add, 46, _editor));
        var applied = await WithBulkAsync((bulk, _) => bulk.ApplyAsync(new SearchRequest { Query = "\"\"" }, tag.Id, BulkTagOperation.Add, 46, _editor));

        Assert.Equal(BulkTagCode.TagNotFound, unknown.Code);
        Assert.Equal(BulkTagCode.NothingSearchable, unsearchable.Code);
        Assert.Equal(BulkTagCode.TagNotFound, gone.Code);
        Assert.Equal(BulkTagCode.NothingSearchable, applied.Code);
        await using var db = _archive.NewDb();
        Assert.False(await db.ArticleTags.AnyAsync());
    }
}
