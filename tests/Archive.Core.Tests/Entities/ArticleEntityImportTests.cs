using Archive.Core.Entities;
using Archive.Core.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Entities;

/// <summary>The import's entity step and the re-extraction of stored articles, on a real migrated SQLite file.</summary>
public sealed class ArticleEntityImportTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public async Task Import_stores_each_articles_entities_with_mentions_and_shares_concepts_across_languages()
    {
        var es = _archive.Files.WriteBytes("es.txt", System.Text.Encoding.UTF8.GetBytes(
            "Tensión en Corea del Norte\n\nEl líder norcoreano Kim Jong Un visitó Pionyang. Kim habló de Corea del Norte y de su relación con Estados Unidos durante una larga reunión.\n"));
        var en = _archive.Files.WriteBytes("en.txt", System.Text.Encoding.UTF8.GetBytes(
            "Tension in North Korea\n\nNorth Korean leader Kim Jong Un visited Pyongyang on Monday. Kim spoke about North Korea and the United States in a long meeting with officials.\n"));

        var summary = await _archive.ImportAsync([es, en]);

        Assert.Equal(2, summary.Imported);
        var rows = await _archive.QueryAsync(db => db.ArticleEntities.Include(ae => ae.Entity).ToListAsync());
        var kim = rows.Where(r => r.Entity!.Slug == "kim-jong-un").ToList();
        Assert.Equal(2, kim.Count);
        Assert.All(kim, r => Assert.Equal(EntityType.Person, r.Entity!.Type));
        Assert.All(kim, r => Assert.Equal(2, r.Mentions));
        var korea = rows.Where(r => r.Entity!.Key == "country:KP").ToList();
        Assert.Equal(["Corea del Norte", "North Korea"], korea.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Single(korea.Select(r => r.EntityId).Distinct());
        Assert.Equal(("Corea del Norte", "North Korea"), (korea[0].Entity!.LabelEs, korea[0].Entity!.LabelEn));
        Assert.Equal(1, await _archive.QueryAsync(db => db.Entities.CountAsync(e => e.Key == "country:KP")));
    }

    [Fact]
    public async Task Extracting_stored_articles_again_replaces_their_entities_and_queues_them_for_the_index()
    {
        await _archive.ImportAsync([Seeds.Folder]);
        await using (var db = _archive.NewContext())
        {
            await db.ArticleEntities.ExecuteDeleteAsync();
            await db.SearchOutbox.ExecuteDeleteAsync();
        }

        EntityExtractionSummary summary;
        var reports = new List<EntityExtractionProgress>();
        await using (var db = _archive.NewContext())
            summary = await new StoredArticleEntities(db, NullLogger<StoredArticleEntities>.Instance).ExtractAsync(new SyncProgress(reports));

        Assert.Equal(2, summary.Articles);
        Assert.Equal(2, reports[^1].ArticlesDone);
        var stored = await _archive.QueryAsync(db => db.ArticleEntities.CountAsync());
        Assert.Equal(summary.ArticleEntities, stored);
        Assert.True(await _archive.QueryAsync(db => db.ArticleEntities.AnyAsync(ae => ae.Entity!.Slug == "kim-jong-un")));
        Assert.Equal(2, await _archive.QueryAsync(db => db.SearchOutbox.CountAsync()));

        // A second run writes the same rows again, never twice.
        await using (var db = _archive.NewContext())
            await new StoredArticleEntities(db, NullLogger<StoredArticleEntities>.Instance).ExtractAsync();
        Assert.Equal(stored, await _archive.QueryAsync(db => db.ArticleEntities.CountAsync()));
    }

    private sealed class SyncProgress(List<EntityExtractionProgress> reports) : IProgress<EntityExtractionProgress>
    {
        public void Report(EntityExtractionProgress value) => reports.Add(value);
    }
}
