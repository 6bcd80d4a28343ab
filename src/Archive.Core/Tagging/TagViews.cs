namespace Archive.Core.Tagging;

public sealed record TagRef(int Id, string Slug, string LabelEs, string LabelEn);

/// <summary>A tag as its page and edit form show it; pass <see cref="Version"/> back to Edit.</summary>
public sealed record TagDetails(
    int Id,
    string Slug,
    string LabelEs,
    string LabelEn,
    string? Description,
    int ArticleCount,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    string UpdatedBy,
    int Version);

/// <summary>A tag found by slug; when <see cref="Redirected"/> the slug was an old one and pages should redirect to <c>Tag.Slug</c>.</summary>
public sealed record TagLookup(TagDetails Tag, bool Redirected);

public sealed record TagListItem(int Id, string Slug, string LabelEs, string LabelEn, int ArticleCount);

public enum TagListSort
{
    /// <summary>Alphabetical by Spanish label, ignoring accents.</summary>
    LabelEs,
    LabelEn,

    /// <summary>Most used first.</summary>
    ArticleCount,
    Slug,
}

/// <summary>A tag whose Spanish or English label equals a (folded) search term or phrase.</summary>
public sealed record TagLabelMatch(TagRef Tag, string FoldedTerm);

public sealed record TagChangeView(
    long Id,
    DateTime At,
    string UserId,
    string UserName,
    TagChangeKind Kind,
    int? TagId,
    string? TagSlug,
    int? RelatedTagId,
    int? ArticleId,
    long? ParentId,
    TagChangeDetails Details);

/// <summary>Filters for the recent-changes feed; null means "any".</summary>
public sealed record TagChangeFilter(
    string? UserId = null,
    int? TagId = null,
    TagChangeKind? Kind = null,
    DateTime? Since = null);

public sealed record TagChangePage(IReadOnlyList<TagChangeView> Items, int Page, int PageSize, bool HasMore);
