namespace Archive.Core.Tagging;

/// <summary>
/// A slug a tag used to have. It points at the tag's id, not at its next slug, so any number of
/// renames (and merges) still resolve in one lookup.
/// </summary>
public class TagSlugRedirect
{
    public required string OldSlug { get; set; }
    public int TagId { get; set; }
    public DateTime CreatedAt { get; set; }
}
