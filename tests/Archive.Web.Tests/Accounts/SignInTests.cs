using System.Net;
using Archive.Web.Accounts;

namespace Archive.Web.Tests.Accounts;

[Collection(ArchiveApp.Collection)]
public sealed class SignInTests(ArchiveAppFactory app)
{
    [Fact]
    public async Task An_editor_signs_in_and_out()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = app.CreateClientWithoutRedirects();

        using var signedIn = await client.PostSignInAsync(email, AccountHelpers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("archive.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var home = await client.GetDocumentAsync("/");
        Assert.Equal(email, home.QuerySelector(".account-name")?.Text());

        using var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AntiforgeryForm.FieldName] = home.Token(".signout-form"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await client.GetDocumentAsync("/");
        Assert.Null(after.QuerySelector(".account-name"));
        Assert.NotNull(after.QuerySelector(".signin-link"));
    }

    [Fact]
    public async Task Sign_in_says_the_same_for_an_unknown_email_and_a_wrong_password()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = app.CreateClientWithoutRedirects();

        using var wrongPassword = await client.PostSignInAsync(email, "not the password at all");
        using var unknownEmail = await client.PostSignInAsync($"nobody-{Guid.NewGuid():N}@example.org", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        var first = (await Html.ParseAsync(wrongPassword)).QuerySelector("#signin-error")?.Text();
        var second = (await Html.ParseAsync(unknownEmail)).QuerySelector("#signin-error")?.Text();
        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = app.CreateClientWithoutRedirects();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostSignInAsync(email, $"wrong password {i}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await client.PostSignInAsync(email, AccountHelpers.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.NotNull((await Html.ParseAsync(right)).QuerySelector("#signin-error"));
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_site()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        var client = app.CreateClientWithoutRedirects();
        var page = await client.GetDocumentAsync("/account/signin?returnUrl=https%3A%2F%2Fevil.example%2F");

        using var response = await client.PostAsync("/account/signin?returnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Password"] = AccountHelpers.Password,
            ["ReturnUrl"] = "https://evil.example/",
            [AntiforgeryForm.FieldName] = page.Token("#signin-form"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("es", "Iniciar sesión")]
    [InlineData("en", "Sign in")]
    public async Task The_sign_in_page_speaks_the_readers_language(string language, string heading)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetDocumentAsync("/account/signin");

        Assert.Equal(heading, page.QuerySelector("h1")?.Text());
    }
}
