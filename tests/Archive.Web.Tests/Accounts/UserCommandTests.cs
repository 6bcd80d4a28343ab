using System.Net;
using Archive.Web.Accounts;
using Archive.Web.Cli;

namespace Archive.Web.Tests.Accounts;

[Collection(ArchiveApp.Collection)]
public sealed class UserCommandTests(ArchiveAppFactory app)
{
    private async Task<(int Code, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = input is null ? null : new StringReader(input);
        var code = await ArchiveCli.TryRunAsync([.. args, .. app.Database.CliOptions], output, error, reader);
        return (code ?? -1, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_user_added_from_the_command_line_with_a_piped_password_signs_in()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.org";

        var (code, output, _) = await RunAsync("a piped password of some length\n", "user", "add", email, "--role", "Admin");

        Assert.Equal(CliExitCode.Success, code);
        Assert.Contains($"Added {email} as Admin", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output, StringComparison.Ordinal);
        var client = app.CreateClientWithoutRedirects();
        using var signedIn = await client.PostSignInAsync(email, "a piped password of some length");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var admin = await client.GetDocumentAsync("/admin/users");
        Assert.NotNull(admin.QuerySelector($"td:contains('{email}')"));
    }

    [Fact]
    public async Task Without_a_piped_password_one_is_generated_shown_once_and_works()
    {
        var email = $"gen-{Guid.NewGuid():N}@example.org";

        var (code, output, _) = await RunAsync(null, "user", "add", email, "--role", "editor");

        Assert.Equal(CliExitCode.Success, code);
        var password = output.Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.True(password.Length >= 12);
        using var signedIn = await app.CreateClientWithoutRedirects().PostSignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task List_set_role_and_remove_work_and_unknown_emails_fail_clearly()
    {
        var email = await app.AddUserAsync(ArchiveRoles.Editor);

        Assert.Contains($"{email}\tEditor", (await RunAsync(null, "user", "list")).Output, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Success, (await RunAsync(null, "user", "set-role", email, "Admin")).Code);
        Assert.Contains($"{email}\tAdmin", (await RunAsync(null, "user", "list")).Output, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Success, (await RunAsync(null, "user", "remove", email)).Code);
        Assert.DoesNotContain(email, (await RunAsync(null, "user", "list")).Output, StringComparison.Ordinal);

        var missing = await RunAsync(null, "user", "remove", email);
        Assert.Equal(CliExitCode.Failure, missing.Code);
        Assert.Contains("No account", missing.Error, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Usage, (await RunAsync(null, "user", "add", "x@example.org", "--role", "Owner")).Code);
        Assert.Equal(CliExitCode.Usage, (await RunAsync("short\n", "user", "add", $"s-{Guid.NewGuid():N}@example.org", "--role", "Editor")).Code);
    }
}
