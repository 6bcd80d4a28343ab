using System.Net;
using Archive.Core.Search;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

[Collection(ArchiveApp.Collection)]
public sealed class PageCacheTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task Anonymous_readers_get_the_article_page_from_the_cache_without_a_per_reader_token()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder());
        // The cache is keyed by the index's generation: a catch-up of the new article between the two reads would
        // rightly make the second a miss.
        await app.WaitForSearchIndexAsync();
        var url = $"/articles/{article.Id}/{article.Slug}";
        var client = app.CreateClient();

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain(AntiforgeryForm.FieldName, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Equal(SecurityHeadersValue(first), SecurityHeadersValue(second));
    }

    [Fact]
    public async Task Signed_in_editors_never_get_or_fill_the_cache()
    {
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var url = $"/articles/{article.Id}/{article.Slug}";
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        using var first = await editor.GetAsync(url);
        using var second = await editor.GetAsync(url);
        using var anonymous = await app.CreateClient().GetAsync(url);

        Assert.Null(second.Headers.Age);
        Assert.Null(anonymous.Headers.Age);
        Assert.Contains("add-tag-form", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("add-tag-form", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_change_reaches_the_cached_page_at_once()
    {
        var tag = await app.AddTagAsync("Caché", "Cache");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        await app.WaitForSearchIndexAsync();
        var url = $"/articles/{article.Id}/{article.Slug}";
        var reader = app.CreateClient();
        await reader.GetAsync(url);
        Assert.NotNull((await reader.GetAsync(url)).Headers.Age);

        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var page = await editor.GetDocumentAsync(url);
        using var added = await editor.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(page.Token("#add-tag-form"), ("tag", tag.LabelEn)));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var fresh = await reader.GetDocumentAsync(url);
        Assert.NotNull(fresh.QuerySelector($"#article-tags a[href='/tags/{tag.Slug}']"));
    }

    [Fact]
    public async Task A_change_from_outside_the_app_reaches_the_cached_page_once_the_index_catches_up()
    {
        var reader = app.CreateClient();
        var title = $"Cumbre en Vladivostok {Guid.NewGuid():N}";
        await PrimeCachedHomePageAsync(reader);

        await using (var scope = app.Services.CreateAsyncScope())
            await AddAsAnotherProcessAsync(scope, title);
        await app.WaitForSearchIndexAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!(await reader.GetStringAsync("/", timeout.Token)).Contains(title, StringComparison.Ordinal))
            await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public async Task A_page_cached_before_a_catch_up_is_not_served_once_the_new_reader_is_visible_even_before_the_eviction()
    {
        var reader = app.CreateClient();
        var title = $"Tren blindado en Jasán {Guid.NewGuid():N}";
        await PrimeCachedHomePageAsync(reader);

        // The catch-up run here, not by the loop, fires no round and so empties no cache: the gap between a new
        // reader and the eviction, held open.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = await AddAsAnotherProcessAsync(scope, title);
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(db);
        }

        Assert.Contains(title, await reader.GetStringAsync("/"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The earlier tests' articles may still be reaching the index, and each round that applies one empties the
    /// cache: from a quiet index, until the home page is served from the cache.
    /// </summary>
    private async Task PrimeCachedHomePageAsync(HttpClient reader)
    {
        await app.WaitForSearchIndexAsync();
        using var primed = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await reader.GetAsync("/", primed.Token)).Headers.Age is null)
            await Task.Delay(20, primed.Token);
    }

    /// <summary>As another process's import does: the row and its outbox entry, and nothing else.</summary>
    private static async Task<Archive.Core.Data.ArchiveDbContext> AddAsAnotherProcessAsync(AsyncServiceScope scope, string title)
    {
        var db = scope.ServiceProvider.GetRequiredService<Archive.Core.Data.ArchiveDbContext>();
        var article = new ArticleBuilder().Titled(title).Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = article.Id, EnqueuedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return db;
    }

    private static string SecurityHeadersValue(HttpResponseMessage response) =>
        string.Join('|', response.Headers.GetValues("Content-Security-Policy"));
}
