using System.Net;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Accounts;

/// <summary>
/// The keys that sign cookies and form tokens live in the database, so a second web node on the same database (here:
/// the next start, with nothing of the first one's data folder but the database) honours a sign-in and a form token
/// the first one issued.
/// </summary>
public sealed class DataProtectionKeyTests : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("archive-keys-").FullName;
    private TestDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create(_dataFolder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task A_sign_in_and_a_form_token_of_one_node_are_honoured_by_the_next_on_the_same_database()
    {
        string signedIn;
        (string Cookie, string Token) form;
        await using (var first = ArchiveAppFactory.On(_database))
        {
            var email = await first.AddUserAsync(ArchiveRoles.Editor);
            var client = first.CreateClientWithoutRedirects(handleCookies: false);
            var signIn = await AntiforgeryAsync(client);
            using var response = await client.SendAsync(SignInPost(signIn, email, AccountHelpers.Password));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            signedIn = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            form = await AntiforgeryAsync(client);
        }
        // What a node kept beside the database is not what makes the next one trust the cookie.
        Assert.False(Directory.Exists(Path.Combine(_dataFolder, "keys")), "keys were written to the data folder");

        await using var next = ArchiveAppFactory.On(_database);
        var other = next.CreateClientWithoutRedirects(handleCookies: false);
        using var searches = new HttpRequestMessage(HttpMethod.Get, "/account/searches");
        searches.Headers.Add("Cookie", signedIn);
        using var page = await other.SendAsync(searches);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // A wrong password with the first node's form token: the form is read (and refused as a sign-in), not rejected as forged.
        using var post = await other.SendAsync(SignInPost(form, "nobody@example.org", "not the password at all"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("signin-form", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_an_earlier_version_kept_in_the_data_folder_are_adopted_on_start()
    {
        var keys = Directory.CreateDirectory(Path.Combine(_dataFolder, "keys"));
        var earlier = DataProtectionProvider.Create(keys, b => b.SetApplicationName("Archive")).CreateProtector("test");
        var payload = earlier.Protect("firmado antes");

        await using var app = ArchiveAppFactory.On(_database);
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("firmado antes", protector.Unprotect(payload));
    }

    private static async Task<(string Cookie, string Token)> AntiforgeryAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/account/signin");
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (cookie, document.Token("#signin-form"));
    }

    private static HttpRequestMessage SignInPost((string Cookie, string Token) form, string email, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = AntiforgeryForm.Fields(form.Token, ("Form.Email", email), ("Form.Password", password)),
        };
        request.Headers.Add("Cookie", form.Cookie);
        return request;
    }
}
