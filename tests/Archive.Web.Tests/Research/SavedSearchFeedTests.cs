using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;

namespace Archive.Web.Tests.Research;

[Collection(ArchiveApp.Collection)]
public sealed class SavedSearchFeedTests(ArchiveAppFactory app) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("archive-feed-import-").FullName;

    public void Dispose() => Directory.Delete(_files, recursive: true);

    private async Task<SyndicationFeed> FeedAsync(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string PathOf(string absoluteUrl) => new Uri(absoluteUrl).PathAndQuery;

    [Fact]
    public async Task A_saved_search_for_corea_del_norte_in_spanish_gets_a_newly_imported_article_in_its_feed()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);
        var saved = await api.SaveSearchAsync(new { name = "Corea del Norte", q = "\"Corea del Norte\"", lang = "es" });
        var feedUrl = PathOf(saved.GetProperty("feedUrl").GetString()!);
        var before = await FeedAsync(feedUrl);
        var marker = $"Pionyang{Guid.NewGuid():N}"[..20];

        // Imported the way a newsroom imports: the command line, while the app runs and indexes from the outbox.
        var title = $"Corea del Norte prueba un misil {marker}";
        await File.WriteAllTextAsync(Path.Combine(_files, "nota.txt"),
            $"{title}\n\nEl régimen de Corea del Norte lanzó el martes un misil sobre el mar de Japón, informó el ejército surcoreano. {marker}\n");
        await File.WriteAllTextAsync(Path.Combine(_files, "english.txt"),
            $"North Korea fires a missile {marker}\n\nNorth Korea (Corea del Norte in Spanish papers) fired a missile on Tuesday over the Sea of Japan, the South Korean military said.\n");
        var (code, _, error) = await app.CliAsync("import", _files);
        Assert.True(code == 0, error);
        await app.WaitForSearchIndexAsync();

        var after = await FeedAsync(feedUrl);
        Assert.DoesNotContain(before.Items, i => i.Title.Text.Contains(marker, StringComparison.Ordinal));
        var entry = Assert.Single(after.Items, i => i.Title.Text.Contains(marker, StringComparison.Ordinal));
        Assert.Equal(title, entry.Title.Text);
        Assert.Contains("<mark>", ((TextSyndicationContent)entry.Summary).Text, StringComparison.Ordinal);
        Assert.Contains("/articles/", entry.Links.Single().Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual(default, entry.PublishDate);
        Assert.Equal("Corea del Norte", entry.Categories.Single().Name);
        Assert.Contains("Corea del Norte", after.Title.Text, StringComparison.Ordinal);
        Assert.Equal(after.Items.First().Title.Text, title);

        var listed = (await (await api.GetAsync("/api/saved-searches")).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("id").GetInt32() == saved.GetProperty("id").GetInt32());
        Assert.Equal(1, listed.GetProperty("newSinceLastVisit").GetInt32());
        Assert.Equal(["es"], listed.GetProperty("lang").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_wrong_or_missing_key_answers_404_and_each_feed_has_its_own_key()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);
        var first = await api.SaveSearchAsync(new { name = "uno", q = "putin" });
        var second = await api.SaveSearchAsync(new { name = "dos", q = "kim" });
        var firstUrl = new Uri(first.GetProperty("feedUrl").GetString()!);
        var secondKey = System.Web.HttpUtility.ParseQueryString(new Uri(second.GetProperty("feedUrl").GetString()!).Query)["key"];
        var client = app.CreateClient();

        using var ok = await client.GetAsync(firstUrl.PathAndQuery);
        using var otherFeedsKey = await client.GetAsync($"{firstUrl.AbsolutePath}?key={secondKey}");
        using var noKey = await client.GetAsync(firstUrl.AbsolutePath);
        using var unknown = await client.GetAsync($"/feeds/searches/987654.atom?key={secondKey}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFeedsKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Regenerating_a_key_retires_the_old_one_and_revoking_closes_the_feed_both_audited()
    {
        var (email, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);
        var saved = await api.SaveSearchAsync(new { name = "rotación", q = "kremlin" });
        var id = saved.GetProperty("id").GetInt32();
        var oldUrl = PathOf(saved.GetProperty("feedUrl").GetString()!);

        using var regenerated = await api.PostAsync($"/api/saved-searches/{id}/feed-key", null);
        var newUrl = PathOf((await regenerated.JsonAsync()).GetProperty("feedUrl").GetString()!);
        using (var old = await app.CreateClient().GetAsync(oldUrl))
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        using (var fresh = await app.CreateClient().GetAsync(newUrl))
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        using var revoked = await api.DeleteAsync($"/api/saved-searches/{id}/feed-key");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using (var closed = await app.CreateClient().GetAsync(newUrl))
            Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);

        var actor = await app.ActorAsync(email);
        var kinds = await app.ExecuteDbContextAsync(db => Task.FromResult(db.TagChanges
            .Where(c => c.UserId == actor.UserId).OrderBy(c => c.Id).Select(c => c.Kind).ToList()));
        Assert.Equal(
            [Core.Tagging.TagChangeKind.ApiTokenCreated, Core.Tagging.TagChangeKind.FeedKeyIssued, Core.Tagging.TagChangeKind.FeedKeyIssued, Core.Tagging.TagChangeKind.FeedKeyRevoked],
            kinds);
    }

    [Fact]
    public async Task Saved_searches_are_private_to_their_owner()
    {
        var (_, mine) = await app.ResearcherWithTokenAsync();
        var (_, theirs) = await app.ResearcherWithTokenAsync();
        var saved = await app.ApiClient(mine).SaveSearchAsync(new { name = "privada", q = "rusia" });
        var id = saved.GetProperty("id").GetInt32();

        using var get = await app.ApiClient(theirs).GetAsync($"/api/saved-searches/{id}");
        using var delete = await app.ApiClient(theirs).DeleteAsync($"/api/saved-searches/{id}");
        var list = await (await app.ApiClient(theirs).GetAsync("/api/saved-searches")).JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("id").GetInt32() == id);
        using var stillThere = await app.ApiClient(mine).GetAsync($"/api/saved-searches/{id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task A_saved_search_without_a_name_or_with_an_unknown_sort_is_refused_with_the_field_named()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);

        using var noName = await api.PostAsync("/api/saved-searches", System.Net.Http.Json.JsonContent.Create(new { q = "putin" }));
        using var badSort = await api.PostAsync("/api/saved-searches", System.Net.Http.Json.JsonContent.Create(new { name = "x", q = "putin", sort = "alphabet" }));
        using var deleted = await api.DeleteAsync("/api/saved-searches/987654");

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("\"name\"", await noName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("\"sort\"", await badSort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }

    [Fact]
    public async Task Saving_from_the_search_page_lists_it_with_new_arrivals_and_running_it_resets_the_count()
    {
        var outlet = await app.AddOutletAsync($"Gaceta {Guid.NewGuid():N}");
        var word = $"zarigüeya{Guid.NewGuid():N}"[..18];
        await app.AddArticleAsync(new ArticleBuilder().From(outlet).WithParagraphs($"Una {word} en el parque."));
        await app.WaitForSearchIndexAsync();
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Researcher);
        var search = await client.GetDocumentAsync($"/search?q={word}&sort=date");

        using var savedResponse = await client.PostAsync("/account/searches?handler=Save", AntiforgeryForm.Fields(search.Token("#save-search-form"),
            ("q", word), ("sort", "date"), ("name", "Zarigüeyas")));
        var saved = await Html.ParseAsync(savedResponse);
        Assert.Equal(HttpStatusCode.OK, savedResponse.StatusCode);
        Assert.Contains("/feeds/searches/", saved.QuerySelector("#feed-url")!.GetAttribute("href"), StringComparison.Ordinal);
        var row = saved.QuerySelectorAll("#saved-searches tbody tr").Single(r => r.QuerySelector(".run-saved-search")!.Text() == "Zarigüeyas");
        Assert.Equal("0", row.QuerySelector(".new-count")!.Text());

        await app.AddArticleAsync(new ArticleBuilder().From(outlet).WithParagraphs($"Otra {word} cruza la calle."));
        await app.WaitForSearchIndexAsync();
        var listed = await client.GetDocumentAsync("/account/searches");
        row = listed.QuerySelectorAll("#saved-searches tbody tr").Single(r => r.QuerySelector(".run-saved-search")!.Text() == "Zarigüeyas");
        Assert.Equal("1", row.QuerySelector(".new-count")!.Text());

        using var run = await client.GetAsync(row.QuerySelector(".run-saved-search")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.StartsWith($"/search?q={word}", Uri.UnescapeDataString(run.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains("sort=date", run.Headers.Location!.OriginalString, StringComparison.Ordinal);
        listed = await client.GetDocumentAsync("/account/searches");
        row = listed.QuerySelectorAll("#saved-searches tbody tr").Single(r => r.QuerySelector(".run-saved-search")!.Text() == "Zarigüeyas");
        Assert.Equal("0", row.QuerySelector(".new-count")!.Text());

        var id = row.GetAttribute("data-saved-search-id")!;
        using var renamed = await client.PostAsync("/account/searches?handler=Rename", AntiforgeryForm.Fields(listed.Token(".rename-form"), ("id", id), ("name", "Marsupiales")));
        var afterRename = await Html.ParseAsync(renamed);
        Assert.Contains(afterRename.QuerySelectorAll(".run-saved-search"), a => a.Text() == "Marsupiales");
        using var deleted = await client.PostAsync("/account/searches?handler=Delete", AntiforgeryForm.Fields(listed.Token(".rename-form"), ("id", id)));
        var afterDelete = await Html.ParseAsync(deleted);
        Assert.DoesNotContain(afterDelete.QuerySelectorAll("#saved-searches tbody tr"), r => r.GetAttribute("data-saved-search-id") == id);
    }

    [Fact]
    public async Task Removing_an_account_closes_its_feeds_and_tokens()
    {
        var (email, token) = await app.ResearcherWithTokenAsync();
        var saved = await app.ApiClient(token).SaveSearchAsync(new { name = "de paso", q = "putin" });
        var feedUrl = PathOf(saved.GetProperty("feedUrl").GetString()!);

        var (code, _, error) = await app.CliAsync("user", "remove", email);

        Assert.True(code == 0, error);
        using var feed = await app.CreateClient().GetAsync(feedUrl);
        using var api = await app.ApiClient(token).GetAsync("/api/saved-searches");
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
