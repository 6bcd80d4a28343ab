using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Web.Hosting;
using Archive.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The whole web app on a real database of its own (an SQLite file in its own temp folder, or a fresh
/// PostgreSQL database when the run is for PostgreSQL: see <see cref="TestDatabase"/>), started the way a user starts it:
/// migrations, then the first-start import of the repository's seeds (copied into the test output).
/// Shared by every test in <see cref="ArchiveApp"/>; tests create their own data with
/// <see cref="ArticleBuilder"/> and filter on it (a unique outlet), so they do not depend on each other.
/// </summary>
public sealed class ArchiveAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly bool _ownsDataFolder;
    private bool _cleanedUp;

    public ArchiveAppFactory()
        : this(Directory.CreateTempSubdirectory("archive-web-tests-").FullName, ownsDataFolder: true, database: null)
    {
    }

    private ArchiveAppFactory(string dataFolder, bool ownsDataFolder, TestDatabase? database)
    {
        DataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
        Database = database ?? TestDatabase.Create(dataFolder);
    }

    /// <summary>
    /// An app on an existing data folder holding an SQLite archive the test made (a restart); the folder
    /// is left for its owner to delete.
    /// </summary>
    public static ArchiveAppFactory On(string dataFolder) => new(dataFolder, ownsDataFolder: false, TestDatabase.Sqlite(dataFolder));

    /// <summary>An app on an existing database (a restart on either provider); the database and folder stay with their owner.</summary>
    public static ArchiveAppFactory On(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new(database.DataFolder, ownsDataFolder: false, database);
    }

    public string DataFolder { get; }

    /// <summary>The database the app runs on; its <see cref="TestDatabase.CliOptions"/> point a CLI command at it.</summary>
    public TestDatabase Database { get; }

    /// <summary>What the app logged (Warning and above), through Serilog's sinks from the container.</summary>
    public CapturedLog Log { get; } = new();

    public string IndexFolder => Path.Combine(DataFolder, "index");

    public string DatabaseFile => Path.Combine(DataFolder, "archive.db");

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings)
            builder.UseSetting(key, value);
        builder.UseSetting("Archive:ImportSeedsOnStart", "true");
        builder.UseSetting("Archive:SeedsPath", SeedsFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test client shares one address (TestServer has none); the rate-limit tests set their own limits.
        builder.UseSetting("Archive:RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("Archive:RateLimits:Search:PermitLimit", "100000");
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Log));
    }

    /// <summary>
    /// Another app on the same database while this one runs. It gets its own index folder: one
    /// process owns an index, and a second app on the same one would (rightly) refuse to start.
    /// </summary>
    public WebApplicationFactory<Program> WithSecondHost(Action<IWebHostBuilder>? configure = null) =>
        WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Archive:SearchIndexPath", Path.Combine(DataFolder, $"index-{Guid.NewGuid():N}"));
            configure?.Invoke(builder);
        });

    public HttpClient CreateClientWithoutRedirects(bool handleCookies = true) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });

    public async Task ExecuteDbContextAsync(Func<ArchiveDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        await ForgetCachedPagesAsync();
    }

    public async Task<T> ExecuteDbContextAsync<T>(Func<ArchiveDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await action(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        await ForgetCachedPagesAsync();
        return result;
    }

    /// <summary>
    /// Data written straight to the database skips both ways the app learns of a change (a successful
    /// POST, an outbox catch-up), so the test empties the page cache as those would.
    /// </summary>
    public Task ForgetCachedPagesAsync() =>
        Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ArchiveOutputCache.ArchiveTag, CancellationToken.None).AsTask();

    /// <summary>An outlet no other test uses, so a test can list exactly its own articles.</summary>
    public Task<Outlet> AddOutletAsync(string name) => ExecuteDbContextAsync(async db =>
    {
        var outlet = new Outlet { Name = name, Slug = Archive.Core.Text.Slugs.FromTitle(name) };
        db.Outlets.Add(outlet);
        await db.SaveChangesAsync();
        return outlet;
    });

    public Task<IReadOnlyList<Article>> AddArticlesAsync(params ArticleBuilder[] builders) => ExecuteDbContextAsync(async db =>
    {
        var articles = builders.Select(b => b.Build()).ToList();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        // As the importer does: every article write leaves an outbox row for the index to catch up from.
        db.SearchOutbox.AddRange(articles.Select(a => new SearchOutboxEntry { ArticleId = a.Id, EnqueuedAt = DateTime.UtcNow }));
        await db.SaveChangesAsync();
        return (IReadOnlyList<Article>)articles;
    });

    /// <summary>Wakes the catch-up loop and waits (bounded) until it has indexed every article in the outbox.</summary>
    public Task WaitForSearchIndexAsync() => WaitForSearchIndexAsync(Services);

    /// <summary>Until the index has applied every outbox row and needs no rebuild, for any host built from the factory.</summary>
    public static async Task WaitForSearchIndexAsync(IServiceProvider services)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var service = services.GetRequiredService<SearchIndexService>();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
                var applied = index.AppliedOutboxId;
                var pending = await db.SearchOutbox.AnyAsync(e => e.Id > applied);
                if (!pending && !index.NeedsRebuild)
                    return;
                if (DateTime.UtcNow > until)
                {
                    var rows = await db.SearchOutbox.OrderBy(e => e.Id).Select(e => e.Id).Take(5).ToListAsync();
                    var nodes = await db.SearchNodes.Select(n => n.Id + "@" + n.AppliedOutboxId).ToListAsync();
                    throw new TimeoutException(
                        $"The index did not catch up in 30 s: it applied up to {applied} (node {index.NodeId}, rebuild pending: {index.NeedsRebuild}); "
                        + $"outbox starts {string.Join(", ", rows)}; nodes {string.Join(", ", nodes)}");
                }
            }
            service.Signal();
            await Task.Delay(20);
        }
    }

    public async Task<Article> AddArticleAsync(ArticleBuilder builder) => (await AddArticlesAsync(builder))[0];

    // Starting the host here runs migrations and the seed import once, before the first test.
    Task IAsyncLifetime.InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cleanedUp || !_ownsDataFolder)
            return;
        _cleanedUp = true;
        SqliteConnection.ClearAllPools();
        await Database.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}

/// <summary>Put <c>[Collection(ArchiveApp.Collection)]</c> on a test class to get the shared <see cref="ArchiveAppFactory"/>.</summary>
[CollectionDefinition(Collection)]
public sealed class ArchiveApp : ICollectionFixture<ArchiveAppFactory>
{
    public const string Collection = "Archive web app";
}
