using System.Net;
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
