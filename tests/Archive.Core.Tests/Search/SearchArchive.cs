using System.Security.Cryptography;
using System.Text;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>
/// A throwaway archive for search tests: a real SQLite file with migrations applied and an index
/// folder beside it. Articles are written the way the importer writes them: row and outbox entry in one transaction.
/// </summary>
internal sealed class SearchArchive : IAsyncDisposable
{
    private static readonly DateTime _baseDate = new(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempArchive _archive;
    private int _counter;

    private SearchArchive(TempArchive archive)
    {
        _archive = archive;
        IndexFolder = SearchIndex.FolderBeside(archive.ConnectionString);
    }

    public string Folder => _archive.Folder.Path;

    public string IndexFolder { get; }

    public static async Task<SearchArchive> CreateAsync() => new(await TempArchive.CreateAsync("archive-search-"));

    public ArchiveDbContext NewDb() => _archive.NewContext();

    public SearchIndex OpenIndex() => SearchIndex.Open(IndexFolder, NullLogger<SearchIndex>.Instance);

    public static SearchIndexer IndexerFor(SearchIndex index) => new(index, NullLogger<SearchIndexer>.Instance);

    /// <summary>Opens the index and makes it ready, as the web app does on start.</summary>
    public async Task<SearchIndex> OpenReadyIndexAsync()
    {
        var index = OpenIndex();
        await using var db = NewDb();
        await IndexerFor(index).EnsureReadyAsync(db);
        return index;
    }

    public async Task CatchUpAsync(SearchIndex index)
    {
        await using var db = NewDb();
        await IndexerFor(index).CatchUpAsync(db);
    }

    public Task<Article> AddAsync(string title, params string[] paragraphs) => AddAsync(new ArticleSpec(title, paragraphs));

    public async Task<Article> AddAsync(ArticleSpec spec) => (await AddManyAsync([spec]))[0];

    public async Task<List<Article>> AddManyAsync(IEnumerable<ArticleSpec> specs)
    {
        await using var db = NewDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outlets = new Dictionary<string, Outlet>();
        var articles = new List<Article>();
        foreach (var spec in specs)
        {
            var number = ++_counter;
            Outlet? outlet = null;
            if (spec.Outlet is { } name && !outlets.TryGetValue(name, out outlet))
            {
                outlet = await db.Outlets.SingleOrDefaultAsync(o => o.Name == name)
                    ?? db.Outlets.Add(new Outlet { Name = name, Slug = name.ToLowerInvariant().Replace(' ', '-') }).Entity;
                outlets[name] = outlet;
            }
            var text = string.Join("\n", spec.Paragraphs);
            articles.Add(new Article
            {
                Slug = $"article-{number}",
                Title = spec.Title,
                Language = spec.Language,
                Outlet = outlet,
                Paragraphs = [.. spec.Paragraphs],
                Lead = spec.Paragraphs.FirstOrDefault() is { } lead ? lead[..Math.Min(lead.Length, 400)] : string.Empty,
                WordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                SourceFile = $"test/{number}.txt",
                ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{number}:{spec.Title}:{text}"))),
                ImportedAt = spec.ImportedAt ?? _baseDate.AddMinutes(number),
                PublishedAt = spec.PublishedAt,
                Byline = spec.Byline,
            });
        }
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        db.SearchOutbox.AddRange(articles.Select(a => new SearchOutboxEntry { ArticleId = a.Id, EnqueuedAt = DateTime.UtcNow }));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return articles;
    }

    /// <summary>The two seed articles, read plainly: first line the title, the other non-blank lines paragraphs.</summary>
    public static IEnumerable<ArticleSpec> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 1).Distinct().ToList();
                // A first line that is a whole paragraph gives its opening words as the title and stays in the body.
                var title = lines[0].Length > 120 ? lines[0][..lines[0].LastIndexOf(' ', 100)] : lines[0];
                var paragraphs = lines.Where(l => l != title).ToArray();
                return new ArticleSpec(title, paragraphs) { Outlet = "Fox News" };
            });

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        _archive.Dispose();
    }
}

internal sealed record ArticleSpec(string Title, string[] Paragraphs)
{
    public string Language { get; init; } = "es";
    public string? Outlet { get; init; }
    public DateTime? ImportedAt { get; init; }
    public DateTime? PublishedAt { get; init; }
    public string? Byline { get; init; }
}
