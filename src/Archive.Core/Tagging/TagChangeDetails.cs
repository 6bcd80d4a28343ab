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

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    internal string ToJson() => JsonSerializer.Serialize(this, Json);

    internal static TagChangeDetails FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new TagChangeDetails() : JsonSerializer.Deserialize<TagChangeDetails>(json, Json) ?? new TagChangeDetails();
}
