namespace Archive.Core.Tagging;

/// <summary>URL slugs for tags: the folded text with hyphens ("Corea del Norte" → "corea-del-norte").</summary>
public static class TagSlugs
{
    /// <summary>
    /// Words the site's own addresses use under /tags/ (/tags/manage): a tag with one of these slugs
    /// would be unreachable at /tags/{slug}.
    /// </summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { "manage" };

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>Empty when the text has no letter or digit.</summary>
    public static string FromText(string? text)
    {
        var slug = TagLabels.Fold(text).Replace(' ', '-');
        if (slug.Length <= Tag.SlugMaxLength)
            return slug;
        var cut = slug[..Tag.SlugMaxLength];
        var lastHyphen = cut.LastIndexOf('-');
        return lastHyphen > 0 ? cut[..lastHyphen] : cut;
    }

    /// <summary>The slug with "-n" appended, still within the tag slug limit (the archive's one suffix rule).</summary>
    internal static string WithSuffix(string slug, int n) => Text.Slugs.WithSuffix(slug, n, Tag.SlugMaxLength);
}
