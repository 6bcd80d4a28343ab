using System.ComponentModel.DataAnnotations;

namespace Archive.Web.Research;

/// <summary><c>Archive:RateLimits</c>: requests per minute to the researchers' API and feeds.</summary>
public sealed class ResearchRateLimitOptions
{
    public const string SectionName = "Archive:RateLimits";

    /// <summary>Per API token, whichever address it comes from.</summary>
    [Range(1, 1_000_000)]
    public int PerTokenPerMinute { get; set; } = 300;

    /// <summary>Per client address, with or without a token (feeds, scripts sharing a machine).</summary>
    [Range(1, 1_000_000)]
    public int PerAddressPerMinute { get; set; } = 600;
}
