namespace Archive.Core.Copies;

/// <summary>Another syndicated copy of an article's story, with the estimated share of their text they have in common.</summary>
public sealed record ArticleCopy(
    int Id,
    string Slug,
    string Title,
    string Language,
    string? Outlet,
    DateTime ImportedAt,
    DateTime? PublishedAt,
    double Similarity,
    bool IsStoryFirst)
{
    public DateTime Date => PublishedAt ?? ImportedAt;
}
