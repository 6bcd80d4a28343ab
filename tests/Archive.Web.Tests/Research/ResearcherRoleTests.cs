using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Research;

[Collection(ArchiveApp.Collection)]
public sealed class ResearcherRoleTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task A_researcher_cannot_tag_an_article_even_with_a_valid_form_token()
    {
        var tag = await app.AddTagAsync("Investigación", "Research");
        var article = await app.AddArticleAsync(new ArticleBuilder());
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Researcher);
        var url = $"/articles/{article.Id}/{article.Slug}";
        var page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("#add-tag-form"));

        using var refused = await client.PostAsync(url + "?handler=AddTag", AntiforgeryForm.Fields(page.Token(".signout-form"), ("tag", tag.LabelEs)));

        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden
            || (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)),
            $"answered {(int)refused.StatusCode}");
        Assert.False(await app.ExecuteDbContextAsync(db => db.ArticleTags.AnyAsync(t => t.ArticleId == article.Id)));
    }

    [Fact]
    public async Task The_search_page_offers_a_researcher_save_this_search_but_not_bulk_tagging()
    {
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Researcher);

        var page = await client.GetDocumentAsync("/search?q=putin&lang=es");

        Assert.NotNull(page.QuerySelector("#save-search-form"));
        Assert.Equal("es", page.QuerySelector("#save-search-form input[name='lang']")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#bulk-tag-form"));
        Assert.Null((await app.CreateClient().GetDocumentAsync("/search?q=putin")).QuerySelector("#save-search-form"));
    }

    [Fact]
    public async Task Admins_create_researchers_on_the_admin_page_and_from_the_command_line()
    {
        var (admin, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);
        var page = await admin.GetDocumentAsync("/admin/users");
        Assert.NotNull(page.QuerySelector("#add-role option[value='Researcher']"));
        var email = $"investigadora-{Guid.NewGuid():N}@example.org";

        using var added = await admin.PostAsync("/admin/users?handler=Add", AntiforgeryForm.Fields(page.Token("#add-user-form"),
            ("email", email), ("role", "Researcher"), ("password", AccountHelpers.Password)));
        var fromCli = $"cli-researcher-{Guid.NewGuid():N}@example.org";
        var (code, output, _) = await app.CliAsync("user", "add", fromCli, "--role", "Researcher");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(0, code);
        Assert.Contains($"Added {fromCli} as Researcher", output, StringComparison.Ordinal);
        var (list, listOutput, _) = await app.CliAsync("user", "list");
        Assert.Equal(0, list);
        Assert.Contains($"{email}\tResearcher", listOutput, StringComparison.Ordinal);
        using var signedIn = await app.CreateClientWithoutRedirects().PostSignInAsync(email, AccountHelpers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Reading_needs_no_account_and_the_researchers_pages_do()
    {
        var anonymous = app.CreateClientWithoutRedirects();

        using var home = await anonymous.GetAsync("/search?q=kim");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        foreach (var url in new[] { "/account/searches", "/account/tokens", "/search/batch" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
