using System.Text;

namespace Archive.Core.Text;

public static class Slugs
{
    public const int MaxLength = 80;
    public const string Fallback = "article";

    /// <summary>
    /// "Putin y Kim, en Pyongyang" → "putin-y-kim-en-pyongyang": diacritics stripped, lower-case,
    /// cut on a word boundary; never empty, so every article has a usable URL.
    /// </summary>
    public static string FromTitle(string title, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = TextFolding.Fold(title);
        var builder = new StringBuilder(Math.Min(folded.Length, maxLength + 1));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                    builder.Append('-');
                pendingHyphen = false;
                builder.Append(c);
                if (builder.Length > maxLength)
                    break;
            }
            else if (c is not ('\'' or '’'))
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// <paramref name="slug"/> itself when it is free, else the first of "slug-2", "slug-3"… that is, cut so
    /// the suffix fits within <paramref name="maxLength"/>: the one unique-suffix rule for articles' outlets and tags.
    /// </summary>
    public static string WithUniqueSuffix(string slug, Func<string, bool> isTaken, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(slug))
            return slug;
        for (var n = 2; ; n++)
        {
            var candidate = WithSuffix(slug, n, maxLength);
            if (!isTaken(candidate))
                return candidate;
        }
    }

    /// <summary>The slug with "-n" appended, still within the length limit.</summary>
    public static string WithSuffix(string slug, int n, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var room = maxLength - suffix.Length;
        return (slug.Length > room ? slug[..room].TrimEnd('-') : slug) + suffix;
    }
}
