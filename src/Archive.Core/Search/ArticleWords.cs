using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// An article's distinct body stems, each with the form it is written in most often there, for top
/// words. Cut by the exact chain and stemmed by <see cref="StemmingAnalyzer.StemToken"/>, so the
/// stems are the very terms of the stemmed body field.
/// </summary>
internal static class ArticleWords
{
    private const int MinLength = 3;
    private const int MaxLength = 40;

    public static IEnumerable<string> DocValues(IReadOnlyList<string> paragraphs, StemmingAnalyzer stemmer)
    {
        var forms = new Dictionary<(string Stem, string Form), int>();
        foreach (var paragraph in paragraphs)
        {
            using var stream = ArchiveAnalyzers.Exact.GetTokenStream(SearchFields.BodyExact, paragraph);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (term.Length is < MinLength or > MaxLength || !HasLetter(term))
                    continue;
                if (stemmer.StemToken(term.ToString()) is not { Length: >= 2 } stem)
                    continue;
                var form = paragraph[offset.StartOffset..offset.EndOffset];
                forms[(stem, form)] = forms.GetValueOrDefault((stem, form)) + 1;
            }
            stream.End();
        }
        return forms
            .GroupBy(f => f.Key.Stem, StringComparer.Ordinal)
            .Select(g => g.Key + SearchFields.WordSeparator + g
                .OrderByDescending(f => f.Value)
                .ThenBy(f => f.Key.Form, StringComparer.Ordinal)
                .First().Key.Form);
    }

    private static bool HasLetter(ICharTermAttribute term)
    {
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++)
        {
            if (char.IsLetter(buffer[i]))
                return true;
        }
        return false;
    }
}
