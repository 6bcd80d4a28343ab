namespace Archive.Core.Tagging;

/// <summary>Every expected outcome of a tagging command; the web layer localizes these.</summary>
public enum TagEditCode
{
    Ok = 0,
    NotFound,
    ArticleNotFound,

    /// <summary>A label is empty or has no letter or digit.</summary>
    LabelRequired,

    LabelTooLong,

    /// <summary>Another tag already has this Spanish label, ignoring case and accents; see <see cref="TagEditResult.ExistingTag"/>.</summary>
    LabelEsTaken,

    LabelEnTaken,
    DescriptionTooLong,

    /// <summary>The requested slug has no letter or digit.</summary>
    SlugInvalid,

    /// <summary>The requested slug is another tag's slug or one of its old slugs.</summary>
    SlugTaken,

    /// <summary>Someone else changed the tag since it was read; <see cref="TagEditResult.Tag"/> holds what it is now.</summary>
    Conflict,

    /// <summary>A tag cannot be merged into itself.</summary>
    SameTag,

    /// <summary>The requested slug is a word the site's addresses use (<see cref="TagSlugs.Reserved"/>).</summary>
    SlugReserved,
}

/// <summary>The outcome of a tagging command.</summary>
/// <param name="Tag">The tag after the command (for <see cref="TagEditCode.Conflict"/>: as it is now in the database).</param>
/// <param name="ArticlesAffected">Articles whose tags, or the labels or slug shown for them, changed; each got a search outbox row. 0 when the tagging was already in place.</param>
/// <param name="ExistingTag">The tag that already holds a label or slug, for the Taken codes.</param>
public sealed record TagEditResult(
    TagEditCode Code,
    TagDetails? Tag = null,
    int ArticlesAffected = 0,
    TagRef? ExistingTag = null)
{
    public bool Succeeded => Code == TagEditCode.Ok;

    internal static TagEditResult Fail(TagEditCode code, TagRef? existing = null) => new(code, ExistingTag: existing);
}
