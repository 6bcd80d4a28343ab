using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Research;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Cli;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Research;

/// <summary>Researchers as a script meets the app: an account, a token made the way the CLI makes it, a client sending it.</summary>
internal static class ResearcherKit
{
    public static async Task<TagActor> ActorAsync(this WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}");
        return new TagActor(user.Id, email);
    }

    /// <summary>A new researcher and a token for them, through <c>user token create</c>.</summary>
    public static async Task<(string Email, string Token)> ResearcherWithTokenAsync(this ArchiveAppFactory app, string role = ArchiveRoles.Researcher)
    {
        var email = await app.AddUserAsyncFor(role);
        var (code, output, error) = await app.CliAsync("user", "token", "create", email, "--name", "notebook");
        Assert.True(code == CliExitCode.Success, error);
        var token = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(ApiTokens.SecretPrefix, StringComparison.Ordinal));
        return (email, token);
    }

    public static Task<string> AddUserAsyncFor(this ArchiveAppFactory app, string role) => Accounts.AccountHelpers.AddUserAsync(app, role);

    public static async Task<(int Code, string Output, string Error)> CliAsync(this ArchiveAppFactory app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ArchiveCli.TryRunAsync([.. args, .. app.Database.CliOptions], output, error);
        return (code ?? -1, output.ToString(), error.ToString());
    }

    public static HttpClient ApiClient(this WebApplicationFactory<Program> app, string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> SaveSearchAsync(this HttpClient api, object body)
    {
        using var response = await api.PostAsJsonAsync("/api/saved-searches", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static HttpContent Text(string body, string mediaType = "text/plain") =>
        new StringContent(body, System.Text.Encoding.UTF8, mediaType);
}
