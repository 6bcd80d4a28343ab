using System.Text;
using Archive.Core.Importing;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Core.Tests.Builders;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Copies;

public sealed class StorySearchTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();
    private readonly TempFolder _index = new("archive-story-index-");
    private SearchIndex? _search;
    private Dictionary<string, int> _ids = [];

    public async Task InitializeAsync()
    {
        await _archive.InitializeAsync();
        void Write(string name, StoryText story) => _archive.Files.WriteBytes(name, Encoding.UTF8.GetBytes(story.ToFile()));
        Write("a-summit.txt", WireStories.Summit);
        Write("b-summit-promo.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.PromoLine, new Random(1)));
        Write("c-summit-cut.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.SentenceCut, new Random(2)));
        Write("d-elsewhere.txt", WireStories.SummitElsewhere);
        Write("e-storm.txt", WireStories.Storm);
        await _archive.ImportAsync([_archive.Files.Path]);
        _ids = await _archive.QueryAsync(db => db.Articles.ToDictionaryAsync(a => Path.GetFileName(a.SourceFile)[..1], a => a.Id));
        _search = SearchIndex.Open(_index.Path, NullLogger<SearchIndex>.Instance);
        await using var db = _archive.NewContext();
        await new SearchIndexer(_search, NullLogger<SearchIndexer>.Instance).EnsureReadyAsync(db);
    }

    public Task DisposeAsync()
    {
        _search?.Dispose();
        return _archive.DisposeAsync();
    }

    public void Dispose()
    {
        _index.Dispose();
        _archive.Dispose();
    }

    private ArticleSearch Search => new(_search!);

    [Fact]
    public void A_search_lists_each_story_once_with_the_number_of_its_other_copies()
    {
        var result = Search.Search(new SearchRequest { Query = "Kim" });

        Assert.Equal(2, result.Total);
        Assert.Equal(2, result.FoldedCopies);
        var summit = Assert.Single(result.Items, h => h.MoreCopies > 0);
        Assert.Contains(summit.Id, new[] { _ids["a"], _ids["b"], _ids["c"] });
        Assert.Equal(2, summit.MoreCopies);
        Assert.Contains(result.Items, h => h.Id == _ids["d"] && h.MoreCopies == 0);
        Assert.Equal(2, result.Facets.Language.Sum(f => f.Count));
    }

    [Theory]
    [InlineData(SearchCopies.Collapse)]
    [InlineData(SearchCopies.All)]
    public void The_timeline_and_top_words_of_a_page_are_those_of_their_own_requests(SearchCopies copies)
    {
        // The page's pass leaves folded copies out of the hits but not out of the chart and the words.
        var request = new SearchRequest { Query = "Kim", Copies = copies };

        var page = Search.Search(request, SearchExtras.Timeline | SearchExtras.TopWords);
        var timeline = Search.Timeline(request);
        var words = Search.TopWords(request);

        Assert.Equal(copies == SearchCopies.Collapse ? 2 : 4, page.Total);
        Assert.Equal((timeline.Interval, timeline.Undated, timeline.Total), (page.Timeline!.Interval, page.Timeline.Undated, page.Timeline.Total));
        Assert.Equal(timeline.Buckets, page.Timeline.Buckets);
        Assert.Equal(4, page.Timeline.Total);
        Assert.Equal(words.Total, page.TopWords!.Total);
        Assert.Equal(words.SampleSize, page.TopWords.SampleSize);
        Assert.Equal(words.Words, page.TopWords.Words);
        Assert.Equal(4, page.TopWords.SampleSize);
        Assert.Null(Search.Search(request).Timeline);
    }

    [Fact]
    public void The_switch_lists_every_copy()
    {
        var result = Search.Search(new SearchRequest { Query = "Kim", Copies = SearchCopies.All });

        Assert.Equal(4, result.Total);
        Assert.Equal(0, result.FoldedCopies);
        Assert.All(result.Items, h => Assert.Equal(0, h.MoreCopies));
    }

    [Fact]
    public void Paging_and_cursors_count_stories_not_hidden_copies()
    {
        var everything = Search.Search(new SearchRequest { Sort = SearchSort.Date, PageSize = 100 });
        var pages = new List<int>();
        string? cursor = null;
        do
        {
            var page = Search.Search(new SearchRequest { Sort = SearchSort.Date, PageSize = 1, Cursor = cursor });
            pages.AddRange(page.Items.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        var second = Search.Search(new SearchRequest { Sort = SearchSort.Date, PageSize = 1, Page = 2 });

        Assert.Equal(3, everything.Total);
        Assert.Equal(everything.Items.Select(h => h.Id), pages);
        Assert.Equal(everything.Items[1].Id, Assert.Single(second.Items).Id);
    }

    [Fact]
    public void A_filter_that_matches_only_a_copy_lists_that_copy()
    {
        var cut = Search.Search(new SearchRequest { Query = "Kim", Copies = SearchCopies.All }).Items.Count;
        var line = CopyVariants.Make(WireStories.Summit, CopyVariant.PromoLine, new Random(1)).Paragraphs[^1];
        var promo = Search.Search(new SearchRequest { Query = $"\"{string.Join(' ', line.Split(' ').Take(4))}\"" });

        Assert.Equal(4, cut);
        Assert.Equal(_ids["b"], Assert.Single(promo.Items).Id);
        Assert.Equal(0, promo.Items[0].MoreCopies);
    }

    [Fact]
    public void The_export_keeps_every_copy_unless_asked_to_fold_them()
    {
        Assert.Equal(4, Search.Export(new SearchRequest { Query = "Kim", Copies = SearchCopies.All }).Count());
        Assert.Equal(2, Search.Export(new SearchRequest { Query = "Kim", Copies = SearchCopies.Collapse }).Count());
    }

    [Fact]
    public void Related_articles_leave_out_the_article_and_its_copies_and_list_the_same_subject_first()
    {
        var related = new RelatedArticles(_search!).Find(_ids["a"]);

        Assert.DoesNotContain(related, r => r.Id == _ids["a"] || r.Id == _ids["b"] || r.Id == _ids["c"]);
        Assert.Equal(_ids["d"], related[0].Id);
        Assert.Empty(new RelatedArticles(_search!).Find(int.MaxValue));
    }

    [Fact]
    public async Task A_shared_tag_relates_an_article_in_the_other_language()
    {
        await using (var db = _archive.NewContext())
        {
            var tags = new TagService(db, TimeProvider.System);
            var actor = new TagActor("editor-1", "Editor");
            var tag = (await tags.CreateAsync("Tormentas", "Storms", null, actor)).Tag!;
            await tags.TagArticleAsync(_ids["e"], tag.Id, actor);
            await tags.TagArticleAsync(_ids["d"], tag.Id, actor);
            await new SearchIndexer(_search!, NullLogger<SearchIndexer>.Instance).CatchUpAsync(db);
        }

        var related = new RelatedArticles(_search!).Find(_ids["e"]);

        var spanish = Assert.Single(related, r => r.Id == _ids["d"]);
        Assert.Equal("es", spanish.Language);
        Assert.Equal(["tormentas"], spanish.SharedTags);
    }
}
