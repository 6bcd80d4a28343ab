using Archive.Core.Research;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Archive.Web.Cli;

/// <summary><c>user add|list|remove|set-role|set-name|token</c>: researcher, editor and admin accounts (the site has no registration) and their API tokens.</summary>
internal sealed class UserCommand : ICliCommand
{
    public string Name => "user";

    public string Synopsis => "user add|list|remove|set-role|set-name|token …";

    public string Description =>
        "Manage accounts: add EMAIL --role Admin|Editor|Researcher [--name NAME], list, remove EMAIL, set-role EMAIL ROLE, set-name EMAIL NAME, token create|list|revoke EMAIL.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var verb = arguments.Count > 0 ? arguments[0] : "";
        var rest = arguments.Skip(1).ToList();
        if (verb is not ("add" or "list" or "remove" or "set-role" or "set-name" or "token"))
            return await UsageAsync(context, verb.Length == 0 ? "user needs a subcommand." : $"Unknown user subcommand '{verb}'.");

        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;
        await using var scope = context.Services.CreateAsyncScope();
        try
        {
            await ArchiveAccounts.MigrateAccountsAsync(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"The accounts in {context.Database} cannot be used: {ex.Message}");
            return CliExitCode.Failure;
        }
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();

        return verb switch
        {
            "add" => await AddAsync(context, accounts, rest),
            "token" => await TokenAsync(context, scope.ServiceProvider, rest, cancellationToken),
            "list" => await ListAsync(context, accounts),
            "remove" => rest.Count == 1
                ? await ReportAsync(context, await accounts.RemoveAsync(rest[0]), rest[0], "Removed")
                : await UsageAsync(context, "user remove needs exactly one e-mail."),
            "set-name" => rest.Count == 2
                ? await ReportAsync(context, await accounts.SetDisplayNameAsync(rest[0], rest[1]), rest[0], "Display name set for")
                : await UsageAsync(context, "user set-name needs an e-mail and a display name (\"\" clears it)."),
            _ => rest.Count == 2
                ? await ReportAsync(context, await accounts.SetRoleAsync(rest[0], rest[1]), rest[0], "Role set for")
                : await UsageAsync(context, "user set-role needs an e-mail and a role (Admin, Editor or Researcher)."),
        };
    }

    private static async Task<int> AddAsync(CliContext context, UserAccounts accounts, List<string> rest)
    {
        var roleAt = rest.FindIndex(a => a == "--role");
        if (roleAt < 0 || roleAt + 1 >= rest.Count)
            return await UsageAsync(context, "user add needs --role Admin, --role Editor or --role Researcher.");
        var role = rest[roleAt + 1];
        rest.RemoveRange(roleAt, 2);
        string? displayName = null;
        var nameAt = rest.FindIndex(a => a == "--name");
        if (nameAt >= 0)
        {
            if (nameAt + 1 >= rest.Count)
                return await UsageAsync(context, "--name needs a display name.");
            displayName = rest[nameAt + 1];
            rest.RemoveRange(nameAt, 2);
        }
        if (rest.Count != 1)
            return await UsageAsync(context, "user add needs exactly one e-mail.");

        // A piped password is taken as is (one line); none means the archive makes one up and shows it once.
        var password = context.Input is null ? null : (await context.Input.ReadLineAsync())?.TrimEnd('\r');
        var result = await accounts.AddAsync(rest[0], role, string.IsNullOrEmpty(password) ? null : password, displayName);
        if (!result.Succeeded)
            return await ReportAsync(context, result, rest[0], "");

        await context.Output.WriteLineAsync($"Added {result.Account!.Email} as {result.Account.Role}.");
        if (result.GeneratedPassword is not null)
            await context.Output.WriteLineAsync($"Password (shown only now): {result.GeneratedPassword}");
        return CliExitCode.Success;
    }

    /// <summary><c>token create EMAIL [--name N]</c> prints the token once; <c>list</c> and <c>revoke</c> never show it.</summary>
    private static async Task<int> TokenAsync(CliContext context, IServiceProvider services, List<string> rest, CancellationToken cancellationToken)
    {
        var action = rest.Count > 0 ? rest[0] : "";
        var args = rest.Skip(1).ToList();
        string? name = null;
        var nameAt = args.FindIndex(a => a == "--name");
        if (action == "create" && nameAt >= 0)
        {
            if (nameAt + 1 >= args.Count)
                return await UsageAsync(context, "--name needs a value.");
            name = args[nameAt + 1];
            args.RemoveRange(nameAt, 2);
        }
        var expected = action switch { "create" or "list" => 1, "revoke" => 2, _ => -1 };
        if (expected < 0)
            return await UsageAsync(context, "user token needs create, list or revoke.");
        if (args.Count != expected)
            return await UsageAsync(context, action == "revoke" ? "user token revoke needs an e-mail and a token id." : $"user token {action} needs exactly one e-mail.");

        var user = await services.GetRequiredService<UserManager<ArchiveUser>>().FindByEmailAsync(args[0].Trim());
        if (user is null)
        {
            await context.Error.WriteLineAsync($"No account with the e-mail {args[0]}.");
            return CliExitCode.Failure;
        }
        var owner = new TagActor(user.Id, user.Email ?? user.Id);
        var tokens = services.GetRequiredService<ApiTokens>();
        switch (action)
        {
            case "create":
                var created = await tokens.CreateAsync(owner, name, via: "cli", cancellationToken);
                await context.Output.WriteLineAsync($"Token {created.Token.Id} \"{created.Token.Name}\" for {owner.UserName} (shown only now):");
                await context.Output.WriteLineAsync(created.Secret);
                return CliExitCode.Success;
            case "list":
                foreach (var token in await tokens.ListAsync(user.Id, cancellationToken))
                    await context.Output.WriteLineAsync($"{token.Id}\t{token.Prefix}…\t{token.Name}\t{(token.Active ? "active" : "revoked")}");
                return CliExitCode.Success;
            default:
                if (!int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                    || !await tokens.RevokeAsync(owner, id, via: "cli", cancellationToken))
                {
                    await context.Error.WriteLineAsync($"{owner.UserName} has no active token {args[1]}.");
                    return CliExitCode.Failure;
                }
                await context.Output.WriteLineAsync($"Revoked token {id} of {owner.UserName}.");
                return CliExitCode.Success;
        }
    }

    private static async Task<int> ListAsync(CliContext context, UserAccounts accounts)
    {
        var all = await accounts.ListAsync();
        if (all.Count == 0)
            await context.Error.WriteLineAsync("No accounts yet. Add one with: user add EMAIL --role Admin");
        foreach (var account in all)
            await context.Output.WriteLineAsync($"{account.Email}\t{account.Role}\t{account.DisplayName ?? "-"}{(account.LockedOut ? "\tlocked out" : "")}");
        return CliExitCode.Success;
    }

    private static async Task<int> ReportAsync(CliContext context, AccountResult result, string email, string done)
    {
        switch (result.Code)
        {
            case AccountCode.Ok:
                await context.Output.WriteLineAsync($"{done} {result.Account!.Email} ({result.Account.Role}).");
                return CliExitCode.Success;
            case AccountCode.NotFound:
                await context.Error.WriteLineAsync($"No account with the e-mail {email}.");
                return CliExitCode.Failure;
            case AccountCode.EmailTaken:
                await context.Error.WriteLineAsync($"An account with the e-mail {email} already exists.");
                return CliExitCode.Failure;
            case AccountCode.RoleInvalid:
                return await UsageAsync(context, "The role must be Admin, Editor or Researcher.");
            case AccountCode.DisplayNameInvalid:
                return await UsageAsync(context, $"A display name has at most {ArchiveUser.MaxDisplayNameLength} characters.");
            case AccountCode.EmailInvalid:
                return await UsageAsync(context, $"'{email}' is not an e-mail address.");
            default:
                await context.Error.WriteLineAsync("The password was rejected: " + string.Join(" ", result.Errors ?? []));
                return CliExitCode.Usage;
        }
    }

    private static async Task<int> UsageAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message);
        await context.Error.WriteLineAsync("Usage: user add EMAIL --role Admin|Editor|Researcher   (password from stdin when piped, else generated)");
        await context.Error.WriteLineAsync("       user add … --name \"Display name\"   (how readers see the account in the tag history)");
        await context.Error.WriteLineAsync("       user list | user remove EMAIL | user set-role EMAIL Admin|Editor|Researcher | user set-name EMAIL NAME");
        await context.Error.WriteLineAsync("       user token create EMAIL [--name NAME] | user token list EMAIL | user token revoke EMAIL ID");
        return CliExitCode.Usage;
    }
}
