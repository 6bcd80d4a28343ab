using System.Net;
using Archive.Web.Accounts;

namespace Archive.Web.Tests.Accounts;

/// <summary>Pen-test row 3: signing out ends the session on the server, so a copied cookie stops working.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class SignOutTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task After_sign_out_the_old_sign_in_cookie_no_longer_opens_editor_pages()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        // A client that keeps no cookies, so the test holds them as a thief would.
        var client = app.CreateClientWithoutRedirects(handleCookies: false);
        using var form = await client.GetAsync("/account/signin");
        var antiforgery = CookiePairs(form);
        using var signedIn = await SendAsync(client, HttpMethod.Post, "/account/signin", antiforgery, AntiforgeryForm.Fields(
            (await Html.ParseAsync(form)).Token("#signin-form"), ("Form.Email", email), ("Form.Password", AccountHelpers.Password)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = $"{antiforgery}; {CookiePairs(signedIn)}";
        using (var before = await SendAsync(client, HttpMethod.Get, "/tags/manage", session))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signOutPage = await SendAsync(client, HttpMethod.Get, "/account/signout", session);
        using var signedOut = await SendAsync(client, HttpMethod.Post, "/account/signout", session,
            AntiforgeryForm.Fields((await Html.ParseAsync(signOutPage)).Token()));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replayed = await SendAsync(client, HttpMethod.Get, "/tags/manage", session);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/signin", replayed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string cookies, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).Select(v => v.Split(';')[0]));
}
