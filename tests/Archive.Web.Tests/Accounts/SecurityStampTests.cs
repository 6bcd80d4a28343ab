using System.Net;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Accounts;

/// <summary>Role changes and removals reach sessions that are already signed in, on their next request.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class SecurityStampTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task A_session_in_good_standing_is_let_through_without_its_cookie_being_reissued()
    {
        await using var host = app.WithSecondHost();
        var editor = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = await SignInAsync(host, editor);

        // Every request is checked against the account, but a session that passes keeps the cookie it has.
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/tags/manage");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
                cookie => cookie.StartsWith("archive.auth", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_copied_cookie_ends_with_a_sign_out_elsewhere()
    {
        await using var host = app.WithSecondHost();
        var editor = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = await SignInAsync(host, editor);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/tags/manage"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
            var user = await users.FindByEmailAsync(editor);
            await users.UpdateSecurityStampAsync(user!);
        }

        using var refused = await client.GetAsync("/tags/manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith(ArchiveAccounts.SignInPath, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_editor_and_a_demoted_admin_lose_their_rights_on_their_next_request()
    {
        await using var host = app.WithSecondHost();
        var editor = await app.AddUserAsync(ArchiveRoles.Editor);
        var admin = await app.AddUserAsync(ArchiveRoles.Admin);
        var editorClient = await SignInAsync(host, editor);
        var adminClient = await SignInAsync(host, admin);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(editorClient, "/tags/manage"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(adminClient, "/admin/users"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            Assert.True((await accounts.RemoveAsync(editor)).Succeeded);
            Assert.True((await accounts.SetRoleAsync(admin, ArchiveRoles.Editor)).Succeeded);
        }

        using var removed = await editorClient.GetAsync("/tags/manage");
        using var demoted = await adminClient.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.StartsWith(ArchiveAccounts.SignInPath, removed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);
        Assert.StartsWith(ArchiveAccounts.SignInPath, demoted.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostSignInAsync(email, AccountHelpers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }
}
