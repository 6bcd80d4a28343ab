namespace Archive.Core.Search;

/// <summary>An article like another one; <see cref="SharedTags"/> names the tags (slugs) they share.</summary>
public sealed record RelatedArticle(
    int Id,
    string Slug,
    string Title,
    string Language,
    string? Outlet,
    DateTime ImportedAt,
    DateTime? PublishedAt,
    IReadOnlyList<string> SharedTags)
{
    public DateTime Date => PublishedAt ?? ImportedAt;
}
