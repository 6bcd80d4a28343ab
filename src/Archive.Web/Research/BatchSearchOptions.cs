using System.ComponentModel.DataAnnotations;

namespace Archive.Web.Research;

/// <summary><c>Archive:BatchSearch</c>.</summary>
public sealed class BatchSearchOptions
{
    public const string SectionName = "Archive:BatchSearch";

    /// <summary>
    /// How long POST /api/search/batch waits for the answer before replying 202 with where to follow it;
    /// the batch runs on in the background either way.
    /// </summary>
    [Range(0, 300)]
    public double WaitSeconds { get; set; } = 20;
}
