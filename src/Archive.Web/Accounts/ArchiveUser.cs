using Microsoft.AspNetCore.Identity;

namespace Archive.Web.Accounts;

/// <summary>A researcher, editor or admin; readers never have an account.</summary>
public sealed class ArchiveUser : IdentityUser;
