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
}
