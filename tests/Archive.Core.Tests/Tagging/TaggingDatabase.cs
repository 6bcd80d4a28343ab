using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Tagging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Tagging;

/// <summary>A migrated archive in a temp folder, a clock the test moves, and two editors.</summary>
public abstract class TaggingDatabase : IAsyncLifetime
{
    private TempArchive _archive = null!;
    private readonly List<ArchiveDbContext> _contexts = [];

    protected static readonly TagActor Ana = new("user-ana", "Ana Editora");
    protected static readonly TagActor Ben = new("user-ben", "Ben Editor");

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2024, 6, 19, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The context the test's own service uses.</summary>
    protected ArchiveDbContext Db { get; private set; } = null!;

    protected TagService Tags { get; private set; } = null!;

    /// <summary>Another connection to the same file, as a second editor's request would have.</summary>
    protected ArchiveDbContext NewContext()
    {
        var db = _archive.NewContext();
        _contexts.Add(db);
        return db;
    }

    public async Task InitializeAsync()
    {
        _archive = await TempArchive.CreateAsync("archive-tagging-");
        Db = NewContext();
        Tags = new TagService(Db, Clock);
    }

    public async Task DisposeAsync()
    {
        foreach (var db in _contexts)
            await db.DisposeAsync();
        _archive?.Dispose();
    }

    protected async Task<int[]> AddArticlesAsync(int count)
    {
        await using var db = NewContext();
        var articles = Enumerable.Range(0, count).Select(_ =>
        {
            var key = Guid.NewGuid().ToString("N");
            return new Article
            {
                Slug = "articulo-" + key,
                Title = "Artículo " + key,
                Language = "es",
                Lead = "Entradilla.",
                SourceFile = key + ".txt",
                ContentHash = key,
                ImportedAt = Clock.GetUtcNow().UtcDateTime,
            };
        }).ToList();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        return [.. articles.Select(a => a.Id)];
    }

    protected async Task<TagDetails> CreateTagAsync(string labelEs, string labelEn, TagActor? actor = null)
    {
        var result = await Tags.CreateAsync(labelEs, labelEn, null, actor ?? Ana);
        Assert.Equal(TagEditCode.Ok, result.Code);
        return result.Tag!;
    }

    protected Task<int[]> ArticlesCarryingAsync(int tagId) =>
        Db.ArticleTags.Where(at => at.TagId == tagId).OrderBy(at => at.ArticleId).Select(at => at.ArticleId).ToArrayAsync();

    protected Task<int[]> OutboxArticleIdsAsync() =>
        Db.SearchOutbox.OrderBy(e => e.ArticleId).Select(e => e.ArticleId).ToArrayAsync();
}

public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
