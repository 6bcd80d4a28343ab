using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Tagging;

/// <summary>What a <see cref="TagChange"/> changed; only the fields that apply to its kind are set.</summary>
public sealed record TagChangeDetails
{
    public string? LabelEsBefore { get; init; }
    public string? LabelEsAfter { get; init; }
    public string? LabelEnBefore { get; init; }
    public string? LabelEnAfter { get; init; }
    public bool? DescriptionChanged { get; init; }
    public string? SlugBefore { get; init; }
    public string? SlugAfter { get; init; }
    public string? MergedIntoSlug { get; init; }

    /// <summary>How many articles a bulk action, merge or delete changed.</summary>
    public int? ArticleCount { get; init; }

    /// <summary>An API token's name and visible prefix (never the token).</summary>
    public string? TokenName { get; init; }
    public string? TokenPrefix { get; init; }

    /// <summary>The saved search whose feed key changed.</summary>
    public int? SavedSearchId { get; init; }
    public string? SavedSearchName { get; init; }

    /// <summary>"cli" when done from a terminal rather than by the signed-in account.</summary>
    public string? Via { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    internal string ToJson() => JsonSerializer.Serialize(this, Json);

    internal static TagChangeDetails FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new TagChangeDetails() : JsonSerializer.Deserialize<TagChangeDetails>(json, Json) ?? new TagChangeDetails();
}
