using Archive.Core.Articles;
using Archive.Core.Search;
using Archive.Core.Tagging;

namespace Archive.Core.Tests.Search;

/// <summary>Tags reach the index through the outbox that <see cref="TagService"/> writes, on a real database and index.</summary>
public sealed class TagSearchTests : IAsyncLifetime
{
    private static readonly TagActor _editor = new("user-ana", "Ana Editora");
    private SearchArchive _archive = null!;
    private SearchIndex _index = null!;
    private ArticleSearch _search = null!;
    private Article _summit = null!;
    private Article _visit = null!;
    private Article _aid = null!;
    private int _northKorea;
    private int _russia;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        _summit = await _archive.AddAsync("Cumbre en Pyongyang", "Putin y Kim firmaron un pacto de defensa mutua.");
        _visit = await _archive.AddAsync("Visita oficial", "El presidente ruso llegó de madrugada a la capital.");
        _aid = await _archive.AddAsync(new ArticleSpec("Ukraine aid", ["Congress voted on aid for Ukraine and the north of Europe."]) { Language = "en" });
        _northKorea = await CreateTagAsync("Corea del Norte", "North Korea");
        _russia = await CreateTagAsync("Rusia", "Russia");
        await WithTagsAsync(tags => tags.BulkTagAsync([_summit.Id, _visit.Id], _northKorea, _editor));
        await WithTagsAsync(tags => tags.TagArticleAsync(_visit.Id, _russia, _editor));
        _index = await _archive.OpenReadyIndexAsync();
        _search = new ArticleSearch(_index);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _archive.DisposeAsync();
    }

    private SearchResult Search(string query) => _search.Search(new SearchRequest { Query = query });

    private static int[] Ids(SearchResult result) => [.. result.Items.Select(i => i.Id).Order()];

    private async Task<TagEditResult> WithTagsAsync(Func<TagService, Task<TagEditResult>> command)
    {
        await using var db = _archive.NewDb();
        var result = await command(new TagService(db, TimeProvider.System));
        Assert.True(result.Succeeded, result.Code.ToString());
        return result;
    }

    private async Task<int> CreateTagAsync(string labelEs, string labelEn) =>
        (await WithTagsAsync(tags => tags.CreateAsync(labelEs, labelEn, null, _editor))).Tag!.Id;

    [Fact]
    public void Tag_filter_and_facet_count_real_taggings()
    {
        var bySlug = Search("tag:corea-del-norte");
        var combined = _search.Search(new SearchRequest { Query = "presidente", Tags = ["corea-del-norte"] });
        var everything = Search("");

        Assert.Equal([_summit.Id, _visit.Id], Ids(bySlug));
        Assert.Equal([_visit.Id], Ids(Search("tag:rusia tag:corea-del-norte")));
        Assert.Equal([_visit.Id], Ids(combined));
        Assert.Equal([new FacetValue("corea-del-norte", 2), new FacetValue("rusia", 1)], everything.Facets.Tag);
        Assert.Equal([new FacetValue("corea-del-norte", 1)], Search("pacto").Facets.Tag);
        Assert.Equal(["corea-del-norte", "rusia"], everything.Items.Single(i => i.Id == _visit.Id).Tags);
    }

    [Fact]
    public void A_quoted_label_in_the_other_language_finds_the_tagged_articles_and_says_so()
    {
        var result = Search("\"North Korea\"");

        Assert.Equal([_summit.Id, _visit.Id], Ids(result));
        Assert.All(result.Items, hit => Assert.Equal(["corea-del-norte"], hit.MatchedTags));
    }

    [Fact]
    public void Unquoted_words_that_make_up_a_whole_label_match_through_the_tag()
    {
        var english = Search("north korea");
        var spanish = Search("Corea del Norte");
        var oneWord = Search("russia");

        Assert.Equal([_summit.Id, _visit.Id], Ids(english));
        Assert.Equal([_summit.Id, _visit.Id], Ids(spanish));
        Assert.Equal([_visit.Id], Ids(oneWord));
        Assert.Equal(["rusia"], oneWord.Items[0].MatchedTags);
    }

    [Fact]
    public void Words_that_are_only_part_of_a_label_match_the_text_alone()
    {
        var result = Search("north");
        var titleOnly = Search("title:\"north korea\"");

        Assert.Equal([_aid.Id], Ids(result));
        Assert.Empty(result.Items[0].MatchedTags);
        Assert.Equal(0, titleOnly.Total);
    }

    [Fact]
    public void A_label_can_exclude_the_articles_carrying_its_tag()
    {
        var result = Search("presidente OR pacto OR aid -\"north korea\"");

        Assert.Equal([_aid.Id], Ids(result));
        Assert.Empty(result.Items[0].MatchedTags);
    }

    [Fact]
    public void A_text_match_on_a_tagged_article_reports_no_tag_the_query_did_not_name()
    {
        var result = Search("pacto");

        Assert.Equal(["corea-del-norte"], result.Items.Single().Tags);
        Assert.Empty(result.Items.Single().MatchedTags);
    }

    [Fact]
    public async Task Untagging_leaves_the_index_once_caught_up()
    {
        await WithTagsAsync(tags => tags.UntagArticleAsync(_summit.Id, _northKorea, _editor));

        Assert.Equal(2, Search("tag:corea-del-norte").Total);
        await _archive.CatchUpAsync(_index);

        Assert.Equal([_visit.Id], Ids(Search("tag:corea-del-norte")));
        Assert.Equal([_visit.Id], Ids(Search("\"North Korea\"")));
        Assert.Equal([new FacetValue("corea-del-norte", 1), new FacetValue("rusia", 1)], Search("").Facets.Tag);
    }

    [Fact]
    public async Task New_labels_are_searchable_once_caught_up_and_old_ones_are_not()
    {
        int version;
        await using (var db = _archive.NewDb())
            version = (await new TagService(db, TimeProvider.System).FindByIdAsync(_northKorea))!.Version;
        await WithTagsAsync(tags => tags.EditAsync(_northKorea, version, "Corea del Norte", "DPRK", null, _editor));

        await _archive.CatchUpAsync(_index);

        Assert.Equal([_summit.Id, _visit.Id], Ids(Search("dprk")));
        Assert.Equal(0, Search("\"North Korea\"").Total);
    }

    [Fact]
    public async Task A_new_slug_replaces_the_old_one_in_filter_and_facet()
    {
        await WithTagsAsync(tags => tags.RenameAsync(_northKorea, "dprk", _editor));

        await _archive.CatchUpAsync(_index);

        Assert.Equal(2, Search("tag:dprk").Total);
        Assert.Equal(0, Search("tag:corea-del-norte").Total);
        Assert.Equal([new FacetValue("dprk", 2), new FacetValue("rusia", 1)], Search("").Facets.Tag);
    }

    [Fact]
    public async Task Merged_tags_leave_one_tag_per_article_once_caught_up()
    {
        await WithTagsAsync(tags => tags.MergeAsync(_russia, _northKorea, _editor));

        await _archive.CatchUpAsync(_index);

        Assert.Equal([new FacetValue("corea-del-norte", 2)], Search("").Facets.Tag);
        Assert.Equal(["corea-del-norte"], Search("tag:corea-del-norte presidente").Items.Single().Tags);
    }

    [Fact]
    public async Task A_deleted_tag_disappears_from_facets_once_caught_up()
    {
        await WithTagsAsync(tags => tags.DeleteAsync(_russia, _editor));

        await _archive.CatchUpAsync(_index);

        Assert.Equal([new FacetValue("corea-del-norte", 2)], Search("").Facets.Tag);
        Assert.Equal(0, Search("russia").Total);
    }

    [Fact]
    public async Task A_rebuild_indexes_the_tags_too()
    {
        await using (var db = _archive.NewDb())
            await SearchArchive.IndexerFor(_index).RebuildAsync(db);

        Assert.Equal([_summit.Id, _visit.Id], Ids(Search("\"North Korea\"")));
        Assert.Equal([new FacetValue("corea-del-norte", 2), new FacetValue("rusia", 1)], Search("").Facets.Tag);
    }

    [Fact]
    public void Export_rows_carry_the_tag_slugs()
    {
        var rows = _search.Export(new SearchRequest()).ToDictionary(r => r.Id);

        Assert.Equal(["corea-del-norte"], rows[_summit.Id].Tags);
        Assert.Equal(["corea-del-norte", "rusia"], rows[_visit.Id].Tags);
        Assert.Empty(rows[_aid.Id].Tags);
    }
}
