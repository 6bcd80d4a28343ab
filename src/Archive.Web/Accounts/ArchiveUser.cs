using Microsoft.AspNetCore.Identity;

namespace Archive.Web.Accounts;

/// <summary>A researcher, editor or admin; readers never have an account.</summary>
public sealed class ArchiveUser : IdentityUser
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>How readers see the account (the public tag history); the e-mail is for signing in and for admins only.</summary>
    public string? DisplayName { get; set; }
}
