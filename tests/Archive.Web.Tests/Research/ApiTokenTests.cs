using System.Net;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Research;

[Collection(ArchiveApp.Collection)]
public sealed class ApiTokenTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task A_token_from_the_command_line_opens_the_api_and_once_revoked_the_script_gets_401()
    {
        var (email, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);

        using (var ok = await api.GetAsync("/api/saved-searches"))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var (listed, listOutput, _) = await app.CliAsync("user", "token", "list", email);
        Assert.Equal(0, listed);
        var id = listOutput.Split('\t')[0];
        Assert.DoesNotContain(token, listOutput, StringComparison.Ordinal);
        var (revoked, _, revokeError) = await app.CliAsync("user", "token", "revoke", email, id);
        Assert.True(revoked == 0, revokeError);

        using var refused = await api.GetAsync("/api/saved-searches");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_api_without_a_token_or_with_a_made_up_one_answers_401()
    {
        using var none = await app.CreateClientWithoutRedirects(handleCookies: false).GetAsync("/api/saved-searches");
        using var madeUp = await app.ApiClient("arch_" + new string('x', 43)).GetAsync("/api/saved-searches");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();

        var stored = await app.ExecuteDbContextAsync(db => db.ApiTokens.AsNoTracking().ToListAsync());

        Assert.DoesNotContain(stored, t => t.TokenHash.Contains(token, StringComparison.Ordinal) || token.EndsWith(t.TokenHash, StringComparison.Ordinal));
        Assert.Contains(stored, t => t.TokenHash == Archive.Core.Research.SecretHash.Of(token));
    }

    [Fact]
    public async Task The_tokens_page_shows_a_new_token_once_and_revokes_it_and_both_are_in_the_admins_change_log()
    {
        var (client, email) = await app.SignedInClientAsync(ArchiveRoles.Researcher);
        var page = await client.GetDocumentAsync("/account/tokens");

        using var created = await client.PostAsync("/account/tokens?handler=Create", AntiforgeryForm.Fields(page.Token("#token-create-form"), ("name", "cuaderno R")));
        var createdPage = await Html.ParseAsync(created);
        var secret = createdPage.QuerySelector("#token-secret")!.Text();
        using (var works = await app.ApiClient(secret).GetAsync("/api/saved-searches"))
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);

        var again = await client.GetDocumentAsync("/account/tokens");
        Assert.Null(again.QuerySelector("#token-secret"));
        Assert.DoesNotContain(secret, again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var row = again.QuerySelector("#tokens tbody tr")!;
        using var revoked = await client.PostAsync("/account/tokens?handler=Revoke", AntiforgeryForm.Fields(
            again.Token("#tokens form"), ("tokenId", row.GetAttribute("data-token-id")!)));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        using (var refused = await app.ApiClient(secret).GetAsync("/api/saved-searches"))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var (admin, _) = await app.SignedInClientAsync(ArchiveRoles.Admin);
        var actor = await app.ActorAsync(email);
        var log = await admin.GetDocumentAsync($"/admin/changes?user={actor.UserId}");
        var kinds = log.QuerySelectorAll("#changes tbody tr td:nth-child(3)").Select(td => td.Text()).ToList();
        Assert.Contains(kinds, k => k.StartsWith("Token de API revocado", StringComparison.Ordinal) && k.Contains("cuaderno R", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k.StartsWith("Token de API creado", StringComparison.Ordinal));
        var filtered = await admin.GetDocumentAsync($"/admin/changes?user={actor.UserId}&kind={TagChangeKind.ApiTokenRevoked}");
        Assert.Single(filtered.QuerySelectorAll("#changes tbody tr"));
    }
}
