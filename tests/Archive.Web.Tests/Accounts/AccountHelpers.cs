using System.Net;
using AngleSharp.Dom;
using Archive.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Accounts;

internal static class AccountHelpers
{
    public const string Password = "correct horse battery staple";

    /// <summary>A new account with a unique e-mail, made through the same service the CLI and admin page use.</summary>
    public static async Task<string> AddUserAsync(this ArchiveAppFactory app, string role, string? name = null)
    {
        var email = $"{name ?? role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, role, Password);
        Assert.True(result.Succeeded, result.Code.ToString());
        return email;
    }

    /// <summary>The hidden antiforgery token of the first form on the page (paired with the cookie the client keeps).</summary>
    /// <summary>A posted form: the fields plus the antiforgery token read from the page.</summary>
    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]);

    public static string Token(this IDocument document, string formSelector = "form[method='post']") =>
        document.QuerySelector($"{formSelector} input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No antiforgery token in {formSelector}");

    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["__RequestVerificationToken"] = page.Token("#signin-form"),
        }));
    }

    /// <summary>A client with its own cookies, signed in as a new account with <paramref name="role"/>.</summary>
    public static async Task<(HttpClient Client, string Email)> SignedInClientAsync(this ArchiveAppFactory app, string role)
    {
        var email = await app.AddUserAsync(role);
        var client = app.CreateClientWithoutRedirects();
        using var response = await client.PostSignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, email);
    }
}
