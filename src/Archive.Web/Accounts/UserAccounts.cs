using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Accounts;

public sealed record AccountView(string Id, string Email, string Role, bool LockedOut, string? DisplayName = null);

public enum AccountCode
{
    Ok,
    EmailInvalid,
    EmailTaken,
    RoleInvalid,
    PasswordRejected,
    NotFound,
    DisplayNameInvalid,
}

/// <param name="GeneratedPassword">Set only when the archive chose the password; show it once.</param>
/// <param name="Errors">Identity's own reasons, for <see cref="AccountCode.PasswordRejected"/>.</param>
public sealed record AccountResult(AccountCode Code, AccountView? Account = null, string? GeneratedPassword = null, IReadOnlyList<string>? Errors = null)
{
    public bool Succeeded => Code == AccountCode.Ok;
}

/// <summary>Account management shared by the <c>user</c> command and the admin page. Each account has exactly one role.</summary>
public sealed class UserAccounts(UserManager<ArchiveUser> users, Archive.Core.Data.ArchiveDbContext archive, TimeProvider clock)
{
    public async Task<AccountResult> AddAsync(string? email, string? role, string? password, string? displayName = null)
    {
        displayName = CleanDisplayName(displayName);
        if (displayName?.Length > ArchiveUser.MaxDisplayNameLength)
            return new(AccountCode.DisplayNameInvalid);
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || !System.Net.Mail.MailAddress.TryCreate(email, out _))
            return new(AccountCode.EmailInvalid);
        var canonicalRole = ArchiveRoles.Parse(role);
        if (canonicalRole is null)
            return new(AccountCode.RoleInvalid);
        if (await users.FindByEmailAsync(email) is not null)
            return new(AccountCode.EmailTaken);

        var generated = string.IsNullOrEmpty(password) ? PasswordGenerator.Generate() : null;
        var user = new ArchiveUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, generated ?? password!);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal))
                ? new(AccountCode.PasswordRejected, Errors: [.. created.Errors.Select(e => e.Description)])
                : created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                    ? new(AccountCode.EmailTaken)
                    : new(AccountCode.EmailInvalid, Errors: [.. created.Errors.Select(e => e.Description)]);
        }
        await users.AddToRoleAsync(user, canonicalRole);
        return new(AccountCode.Ok, await ViewAsync(user), generated);
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.NormalizedEmail).ToListAsync();
        var views = new List<AccountView>(all.Count);
        foreach (var user in all)
            views.Add(await ViewAsync(user));
        return views;
    }

    public async Task<AccountResult> RemoveAsync(string? email)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return new(AccountCode.NotFound);
        var view = await ViewAsync(user);
        // No stamp to change: its signed-in sessions end at the next security-stamp check, which finds no account.
        await users.DeleteAsync(user);
        // Its API tokens and feed keys live in the archive's tables; they must not outlive the account.
        await Archive.Core.Research.ResearchAccounts.CloseAsync(archive, user.Id, clock.GetUtcNow().UtcDateTime);
        return new(AccountCode.Ok, view);
    }

    public async Task<AccountResult> SetRoleAsync(string? email, string? role)
    {
        var canonicalRole = ArchiveRoles.Parse(role);
        if (canonicalRole is null)
            return new(AccountCode.RoleInvalid);
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return new(AccountCode.NotFound);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Where(r => r != canonicalRole));
        if (!current.Contains(canonicalRole))
            await users.AddToRoleAsync(user, canonicalRole);
        // Signed-in sessions pick up the new role at the next security-stamp check.
        await users.UpdateSecurityStampAsync(user);
        return new(AccountCode.Ok, await ViewAsync(user));
    }

    /// <summary>Sets (or with blank text, clears) the name readers see; at most <see cref="ArchiveUser.MaxDisplayNameLength"/> characters, no control characters.</summary>
    public async Task<AccountResult> SetDisplayNameAsync(string? email, string? displayName)
    {
        var cleaned = CleanDisplayName(displayName);
        if (cleaned?.Length > ArchiveUser.MaxDisplayNameLength)
            return new(AccountCode.DisplayNameInvalid);
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return new(AccountCode.NotFound);
        user.DisplayName = cleaned;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
            return new(AccountCode.DisplayNameInvalid, Errors: [.. updated.Errors.Select(e => e.Description)]);
        return new(AccountCode.Ok, await ViewAsync(user));
    }

    /// <summary>
    /// The display names of the given accounts (those that have one). The tag history stores who acted by id;
    /// a name is looked up when shown, so renaming an account, or removing it, changes what readers see.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>(StringComparer.Ordinal);
        return await users.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.DisplayName != null)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName!, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Trimmed, inner whitespace and control characters (bidi overrides included) collapsed to one space; blank is none.</summary>
    private static string? CleanDisplayName(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
            return null;
        var words = displayName.Split(
            [.. displayName.Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || Archive.Core.Text.VisibleText.IsBidiControl(c)).Distinct()],
            StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    private async Task<AccountView> ViewAsync(ArchiveUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var role = roles.Contains(ArchiveRoles.Admin) ? ArchiveRoles.Admin : roles.FirstOrDefault() ?? "";
        return new AccountView(user.Id, user.Email ?? user.UserName ?? user.Id, role, await users.IsLockedOutAsync(user), user.DisplayName);
    }
}
