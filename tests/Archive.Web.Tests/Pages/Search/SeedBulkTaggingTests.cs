using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages.Search;

/// <summary>
/// Issue 5's "done when", on an archive of its own holding only the two seed articles: an editor tags both
/// "Corea del Norte / North Korea" from a search, and a reader finds them in English through the tag.
/// </summary>
public sealed class SeedBulkTaggingTests
{
    [Fact]
    public async Task Both_seeds_tagged_by_bulk_tagging_are_found_by_north_korea_and_by_tag()
    {
        await using var app = new ArchiveAppFactory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<TagService>()
                .CreateAsync("Corea del Norte", "North Korea", null, new TagActor("seed-admin", "admin@example.org"));
            Assert.Equal("corea-del-norte", created.Tag!.Slug);
        }
        await app.WaitForSearchIndexAsync();
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        var search = await editor.GetDocumentAsync("/search?q=putin+kim");
        using var previewed = await BulkTagTests.SubmitAsync(editor, search, "#bulk-tag-form", ("tagText", "North Korea"), ("operation", "add"));
        var preview = await Html.ParseAsync(previewed);
        Assert.Equal("2", preview.QuerySelector("#bulk-tag-question")!.GetAttribute("data-matching"));
        using var applied = await BulkTagTests.SubmitAsync(editor, preview, "#bulk-tag-confirm");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(2, await app.ExecuteDbContextAsync(db => db.ArticleTags.CountAsync()));
        await app.WaitForSearchIndexAsync();

        var reader = app.CreateClient();
        var byLabel = await reader.GetDocumentAsync("/search?q=%22North+Korea%22");
        using var english = new HttpRequestMessage(HttpMethod.Get, "/search?q=%22North+Korea%22");
        english.Headers.Add("Accept-Language", "en");
        using var englishResponse = await reader.SendAsync(english);
        var englishPage = await Html.ParseAsync(englishResponse);
        var byTag = await reader.GetDocumentAsync("/search?q=tag:corea-del-norte");
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/search?q=%22North+Korea%22");

        Assert.Equal("2", byLabel.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.All(byLabel.QuerySelectorAll(".search-hit"), hit =>
            Assert.Equal("coincide por la etiqueta «Corea del Norte»", hit.QuerySelector(".matched-through")?.Text()));
        Assert.All(englishPage.QuerySelectorAll(".search-hit"), hit =>
            Assert.Equal("matched through tag «North Korea»", hit.QuerySelector(".matched-through")?.Text()));
        Assert.Equal(2, englishPage.QuerySelectorAll(".search-hit").Length);
        Assert.Equal("2", byTag.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.Equal(2, api.GetProperty("total").GetInt32());
        Assert.All(api.GetProperty("items").EnumerateArray(), item =>
        {
            var tag = Assert.Single(item.GetProperty("tags").EnumerateArray());
            Assert.Equal(("corea-del-norte", "Corea del Norte", "North Korea"),
                (tag.GetProperty("slug").GetString(), tag.GetProperty("es").GetString(), tag.GetProperty("en").GetString()));
            Assert.Equal("corea-del-norte", Assert.Single(item.GetProperty("matchedTags").EnumerateArray()).GetString());
        });
    }
}
