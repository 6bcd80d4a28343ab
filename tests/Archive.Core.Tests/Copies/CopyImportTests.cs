using System.Text;
using Archive.Core.Copies;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Copies;

public sealed class CopyImportTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    private string Write(string name, string text) => _archive.Files.WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private async Task<Dictionary<string, (int Id, int? StoryId)>> ArticlesByFileAsync() =>
        await _archive.QueryAsync(db => db.Articles.AsNoTracking()
            .ToDictionaryAsync(a => Path.GetFileName(a.SourceFile), a => (a.Id, a.StoryId)));

    [Theory]
    [InlineData(CopyVariant.Rewrapped)]
    [InlineData(CopyVariant.PromoLine)]
    [InlineData(CopyVariant.SentenceCut)]
    [InlineData(CopyVariant.ParagraphsResplit)]
    [InlineData(CopyVariant.LightEdits)]
    [InlineData(CopyVariant.Combined)]
    public async Task A_copy_imported_later_joins_the_story_of_the_stored_original(CopyVariant variant)
    {
        // Another outlet's headline, so the rewrapped copy is not the very same text (that is an exact duplicate).
        var copy = CopyVariants.Make(WireStories.Summit, variant, new Random(3)) with { Title = "Cumbre en Vladivostok entre Kim y Putin" };
        var original = Write("original.txt", WireStories.Summit.ToFile());
        await _archive.ImportAsync([original]);
        var copyFile = Write("copy.txt", CopyVariants.File(copy, variant));

        var summary = await _archive.ImportAsync([copyFile]);

        Assert.Equal(1, summary.Imported);
        var articles = await ArticlesByFileAsync();
        var first = articles["original.txt"];
        Assert.Equal(first.Id, first.StoryId);
        Assert.Equal(first.Id, articles["copy.txt"].StoryId);
        // The stored original got its story and goes back to the index with it.
        Assert.True(await _archive.QueryAsync(db => db.SearchOutbox.AnyAsync(e => e.ArticleId == first.Id && e.Id > 1)));
    }

    [Fact]
    public async Task Copies_in_one_import_batch_are_grouped_with_the_first_of_them_as_the_story()
    {
        Write("a-original.txt", WireStories.Summit.ToFile());
        Write("b-promo.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.PromoLine, new Random(1)).ToFile());
        Write("c-cut.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.SentenceCut, new Random(2)).ToFile());
        Write("d-storm.txt", WireStories.Storm.ToFile());

        var summary = await _archive.ImportAsync([_archive.Files.Path]);

        Assert.Equal(4, summary.Imported);
        var articles = await ArticlesByFileAsync();
        var story = articles["a-original.txt"].Id;
        Assert.Equal([story, story, story], new[] { "a-original.txt", "b-promo.txt", "c-cut.txt" }.Select(f => articles[f].StoryId));
        Assert.Null(articles["d-storm.txt"].StoryId);
        Assert.Equal(4, await _archive.QueryAsync(db => db.ArticleSignatures.CountAsync()));
        Assert.Equal(4 * MinHash.Bands, await _archive.QueryAsync(db => db.CopyBands.CountAsync()));
    }

    [Fact]
    public async Task A_distinct_story_on_the_same_subject_is_not_grouped_with_it()
    {
        Write("summit.txt", WireStories.Summit.ToFile());
        Write("elsewhere.txt", WireStories.SummitElsewhere.ToFile());

        await _archive.ImportAsync([_archive.Files.Path]);

        Assert.All((await ArticlesByFileAsync()).Values, a => Assert.Null(a.StoryId));
    }

    [Fact]
    public async Task An_exact_copy_is_still_refused_as_a_duplicate()
    {
        var first = Write("one.txt", WireStories.Summit.ToFile());
        await _archive.ImportAsync([first]);
        var again = Write("two.txt", WireStories.Summit.ToFile().Replace("\n\n", "\r\n\r\n", StringComparison.Ordinal));

        var summary = await _archive.ImportAsync([again]);

        Assert.Equal((0, 1), (summary.Imported, summary.Duplicates));
        Assert.Null((await ArticlesByFileAsync())["one.txt"].StoryId);
    }

    [Fact]
    public async Task Copies_detect_signs_stored_articles_and_groups_them_earliest_first_and_a_second_run_does_nothing()
    {
        Write("late.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.LightEdits, new Random(5)).ToFile());
        Write("early.txt", WireStories.Summit.ToFile());
        Write("storm.txt", WireStories.Storm.ToFile());
        await _archive.ImportAsync([_archive.Files.Path]);
        // As stored before copy detection existed: no signatures, no stories.
        await _archive.QueryAsync(async db =>
        {
            await db.CopyBands.ExecuteDeleteAsync();
            await db.ArticleSignatures.ExecuteDeleteAsync();
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, (int?)null));
            var early = await db.Articles.SingleAsync(a => a.SourceFile.EndsWith("early.txt"));
            await db.Articles.Where(a => a.Id == early.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            return 0;
        });
        var reports = new List<CopyDetectionProgress>();

        CopyDetectionSummary summary;
        await using (var db = _archive.NewContext())
            summary = await new CopyDetection(db, NullLogger<CopyDetection>.Instance) { BatchSize = 2 }.DetectAsync(new InlineProgress(reports));

        var articles = await ArticlesByFileAsync();
        Assert.Equal((3, 2, 1, 2), (summary.ArticlesSigned, summary.Grouped, summary.Stories, summary.ArticlesInStories));
        Assert.Equal(articles["early.txt"].Id, articles["late.txt"].StoryId);
        Assert.Equal(articles["early.txt"].Id, articles["early.txt"].StoryId);
        Assert.Equal([2, 3], reports.Select(r => r.Done));

        await using (var db = _archive.NewContext())
            Assert.Equal(0, (await new CopyDetection(db, NullLogger<CopyDetection>.Instance).DetectAsync()).ArticlesSigned);
    }

    [Fact]
    public async Task The_copies_of_a_story_are_listed_most_similar_first_with_their_similarity()
    {
        Write("a.txt", WireStories.Summit.ToFile());
        Write("b.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.PromoLine, new Random(1)).ToFile());
        Write("c.txt", CopyVariants.Make(WireStories.Summit, CopyVariant.Combined, new Random(1)).ToFile());
        await _archive.ImportAsync([_archive.Files.Path]);
        var articles = await ArticlesByFileAsync();

        await using var db = _archive.NewContext();
        var copies = await new StoryCopies(db).OfAsync(articles["a.txt"].Id);
        var ofCopy = await new StoryCopies(db).OfAsync(articles["c.txt"].Id);

        Assert.Equal([articles["b.txt"].Id, articles["c.txt"].Id], copies.Select(c => c.Id));
        Assert.True(copies[0].Similarity > copies[1].Similarity);
        Assert.All(copies, c => Assert.InRange(c.Similarity, MinHash.CopyThreshold, 1.0));
        Assert.Contains(ofCopy, c => c.Id == articles["a.txt"].Id && c.IsStoryFirst);
        Assert.Empty(await new StoryCopies(db).OfAsync(int.MaxValue));
    }

    private sealed class InlineProgress(List<CopyDetectionProgress> reports) : IProgress<CopyDetectionProgress>
    {
        public void Report(CopyDetectionProgress value) => reports.Add(value);
    }
}
