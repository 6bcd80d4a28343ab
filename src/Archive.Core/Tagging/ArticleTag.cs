namespace Archive.Core.Tagging;

/// <summary>An article carries a tag; the (ArticleId, TagId) key makes a duplicate tagging impossible.</summary>
public class ArticleTag
{
    public int ArticleId { get; set; }
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
    public DateTime TaggedAt { get; set; }
    public required string TaggedBy { get; set; }
}
