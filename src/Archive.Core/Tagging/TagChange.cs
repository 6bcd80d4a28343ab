namespace Archive.Core.Tagging;

public enum TagChangeKind
{
    TagCreated = 1,
    TagEdited = 2,
    TagRenamed = 3,
    TagMerged = 4,
    TagDeleted = 5,
    ArticleTagged = 6,
    ArticleUntagged = 7,

    // Researchers' keys, audited beside the tag changes (the admin reads one change log).
    ApiTokenCreated = 8,
    ApiTokenRevoked = 9,
    FeedKeyIssued = 10,
    FeedKeyRevoked = 11,
}

/// <summary>
/// One line of the tagging audit trail. An action that touches many articles (bulk tagging, merge,
/// delete) writes one summary row plus one row per article pointing back at it through
/// <see cref="ParentId"/>: the recent-changes feed shows the summary, an article's history shows its own row.
/// </summary>
public class TagChange
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public TagChangeKind Kind { get; set; }

    /// <summary>Not a foreign key: the trail outlives deleted tags and articles.</summary>
    public int? TagId { get; set; }

    /// <summary>The tag's slug when the change happened.</summary>
    public string? TagSlug { get; set; }

    /// <summary>The other tag of a merge (the one that survived), so filtering by either tag finds it.</summary>
    public int? RelatedTagId { get; set; }

    public int? ArticleId { get; set; }
    public long? ParentId { get; set; }

    /// <summary>JSON of <see cref="TagChangeDetails"/>.</summary>
    public string? Details { get; set; }
}
