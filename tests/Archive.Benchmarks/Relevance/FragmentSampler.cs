using System.Globalization;
using System.Text;

namespace Archive.Benchmarks.Relevance;

/// <summary>
/// Cuts six-word fragments out of article bodies, deterministically from a seed. Words keep their
/// case and accents; the characters the query language reads as syntax (quotes, parentheses, a
/// leading minus, a star, a colon, a tilde) are dropped, as a user pasting the words would see them ignored anyway.
/// </summary>
public static class FragmentSampler
{
    public const int FragmentWords = 6;

    public static IReadOnlyList<string> Sample(IReadOnlyList<string> paragraphs, int count, Random random)
    {
        var candidates = paragraphs.Select(Words).Where(w => w.Count >= FragmentWords).ToList();
        var fragments = new List<string>();
        if (candidates.Count == 0)
            return fragments;
        for (var attempt = 0; fragments.Count < count && attempt < count * 4; attempt++)
        {
            var words = candidates[random.Next(candidates.Count)];
            var start = random.Next(words.Count - FragmentWords + 1);
            var fragment = string.Join(' ', words.Skip(start).Take(FragmentWords));
            if (!fragments.Contains(fragment, StringComparer.Ordinal))
                fragments.Add(fragment);
        }
        return fragments;
    }

    /// <summary>Accents dropped, letters otherwise as typed: "Limitación" becomes "Limitacion".</summary>
    public static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                output.Append(c);
        }
        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    private static List<string> Words(string paragraph)
    {
        var words = new List<string>();
        foreach (var raw in paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(raw.Where(c => c is not ('"' or '(' or ')' or '*' or ':' or '~' or '«' or '»' or '“' or '”')).ToArray())
                .TrimStart('-');
            if (!word.Any(char.IsLetterOrDigit))
                continue;
            // Upper-case OR / AND / NOT are operators in the search box; as words of a sentence they are typed in lower case.
            words.Add(word is "OR" or "AND" or "NOT" ? word.ToLowerInvariant() : word);
        }
        return words;
    }
}
