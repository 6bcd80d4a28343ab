using System.Net;
using Archive.Core.Data;
using Archive.Core.Tagging;
using Archive.Web.Cli;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Cli;

/// <summary>An SQLite archive in use (seeds, an editor, a tag and its audit) moved onto a real PostgreSQL server.</summary>
public sealed class MigrateToPostgresTests : IAsyncLifetime
{
    private readonly string _sqliteFolder = Directory.CreateTempSubdirectory("archive-migrate-sqlite-").FullName;
    private readonly string _postgresFolder = Directory.CreateTempSubdirectory("archive-migrate-pg-").FullName;
    private TestDatabase? _target;

    private TestDatabase Target => _target ??= TestDatabase.Create(_postgresFolder, ArchiveDatabaseProvider.PostgreSQL);

    [PostgresFact]
    public async Task The_copy_keeps_articles_tags_audit_and_accounts_and_the_archive_runs_on_it()
    {
        string editor;
        int articleId;
        await using (var sqlite = ArchiveAppFactory.On(_sqliteFolder))
        {
            _ = sqlite.Server;
            editor = await sqlite.AddUserAsync("Editor");
            await using var scope = sqlite.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            articleId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var tags = scope.ServiceProvider.GetRequiredService<TagService>();
            var actor = new TagActor("migrating-editor", "Migrating editor");
            var created = await tags.CreateAsync("Corea del Norte", "North Korea", null, actor);
            var tagId = await db.Tags.Where(t => t.Slug == "corea-del-norte").Select(t => t.Id).SingleAsync();
            Assert.Equal(TagEditCode.Ok, created.Code);
            Assert.Equal(TagEditCode.Ok, (await tags.TagArticleAsync(articleId, tagId, actor)).Code);
        }

        var (code, output, error) = await RunAsync("migrate-to-postgres", Target.ConnectionString);

        Assert.True(code == CliExitCode.Success, error);
        Assert.Contains("every count matches", output, StringComparison.Ordinal);
        Assert.DoesNotContain("MISMATCH", output, StringComparison.Ordinal);
        await using (var db = Target.CreateDbContext())
        {
            Assert.Equal(2, await db.Articles.CountAsync());
            Assert.Equal(1, await db.ArticleTags.CountAsync(at => at.ArticleId == articleId));
            Assert.Equal(2, await db.TagChanges.CountAsync());
            // The identity sequences moved past the copied keys: a new row does not collide with article 1.
            db.Outlets.Add(new Core.Articles.Outlet { Name = "Nuevo medio", Slug = "nuevo-medio" });
            await db.SaveChangesAsync();
        }

        await using var postgres = ArchiveAppFactory.On(Target);
        var client = postgres.CreateClientWithoutRedirects();
        using var signedIn = await client.PostSignInAsync(editor, AccountHelpers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var tagPage = await client.GetAsync(new Uri("/tags/corea-del-norte", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, tagPage.StatusCode);
        await postgres.WaitForSearchIndexAsync();
        using var search = await client.GetAsync(new Uri("/api/search?q=putin", UriKind.Relative));
        Assert.Contains("\"total\":", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_pruned_outbox_numbers_on_past_every_position_an_index_has_applied()
    {
        long highWater;
        await using (var sqlite = ArchiveAppFactory.On(_sqliteFolder))
        {
            _ = sqlite.Server;
            await sqlite.WaitForSearchIndexAsync();
            await using var scope = sqlite.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            // The position the index records as applied; pruning deletes the rows behind it once every node has them.
            highWater = await db.SearchNodes.MaxAsync(n => n.AppliedOutboxId);
            await db.SearchOutbox.ExecuteDeleteAsync();
            Assert.True(highWater > 0);
        }

        Assert.Equal(CliExitCode.Success, (await RunAsync("migrate-to-postgres", Target.ConnectionString)).ExitCode);

        await using var target = Target.CreateDbContext();
        Assert.Equal(0, await target.SearchOutbox.CountAsync());
        var next = new Core.Search.SearchOutboxEntry { ArticleId = await target.Articles.MinAsync(a => a.Id), EnqueuedAt = DateTime.UtcNow };
        target.SearchOutbox.Add(next);
        await target.SaveChangesAsync();
        Assert.True(next.Id > highWater, $"The first outbox row after the move is {next.Id}, at or below the {highWater} the copied index has applied.");
    }

    [PostgresFact]
    public async Task A_database_that_already_holds_an_archive_is_refused_and_left_as_it_was()
    {
        await using (var sqlite = ArchiveAppFactory.On(_sqliteFolder))
            _ = sqlite.Server;
        Assert.Equal(CliExitCode.Success, (await RunAsync("migrate-to-postgres", Target.ConnectionString)).ExitCode);

        var (code, _, error) = await RunAsync("migrate-to-postgres", Target.ConnectionString);

        Assert.Equal(CliExitCode.Failure, code);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        await using var db = Target.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_target_that_is_not_a_connection_string_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("migrate-to-postgres", "no such key=1");

        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("not a PostgreSQL connection string", error, StringComparison.Ordinal);
    }

    private Task<CliResult> RunAsync(params string[] args) =>
        CliResult.RunAsync([.. args, .. TestDatabase.Sqlite(_sqliteFolder).CliOptions]);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_target is not null)
            await _target.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteFolder, recursive: true);
        Directory.Delete(_postgresFolder, recursive: true);
    }
}
