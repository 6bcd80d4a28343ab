using System.ComponentModel.DataAnnotations;

namespace Archive.Web.Security;

/// <summary>The <c>Archive:RateLimits</c> section: one fixed window per client address and policy.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Archive:RateLimits";

    /// <summary>Sign-in attempts (POSTs); strict, so nobody can spend an editor's five tries before lockout from one address.</summary>
    [Required]
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 5, WindowSeconds = 60 };

    /// <summary>Searches (page, JSON and export); generous, a researcher clicking through facets never meets it.</summary>
    [Required]
    public RateLimitWindow Search { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };
}

public sealed class RateLimitWindow
{
    /// <summary>Requests allowed per window and client address; 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
