using System.Runtime.InteropServices;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// An article's distinct body stems, each with the form it is written in most often there, for top
/// words. Cut by the exact chain and stemmed by <see cref="StemmingAnalyzer.StemToken"/>, so the
/// stems are the very terms of the stemmed body field. Runs once per article and language on the index
/// writer's thread, over every token of the body: it allocates per distinct form, not per token.
/// </summary>
internal static class ArticleWords
{
    private const int MinLength = 3;
    private const int MaxLength = 40;

    public static IEnumerable<string> DocValues(IReadOnlyList<string> paragraphs, StemmingAnalyzer stemmer)
    {
        // A written form always gives the same term, so the same stem: counted by form, each form's string and stem
        // made once per article instead of once per token. Forms with no stem are kept (null) so they are not stemmed again.
        var forms = new Dictionary<string, (string? Stem, int Count)>(StringComparer.Ordinal);
        var byForm = forms.GetAlternateLookup<ReadOnlySpan<char>>();
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
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(byForm, paragraph.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset), out var seen);
                if (!seen)
                    entry.Stem = stemmer.StemTokenCached(term.Buffer.AsSpan(0, term.Length)) is { Length: >= 2 } stem ? stem : null;
                if (entry.Stem is not null)
                    entry.Count++;
            }
            stream.End();
        }
        // Per stem, the form written most often, the ordinally first among equals; stems in the order the text first gives them.
        var best = new Dictionary<string, (string Form, int Count)>(StringComparer.Ordinal);
        foreach (var (form, (stem, count)) in forms)
        {
            if (stem is null)
                continue;
            ref var chosen = ref CollectionsMarshal.GetValueRefOrAddDefault(best, stem, out var exists);
            if (!exists || count > chosen.Count || (count == chosen.Count && string.CompareOrdinal(form, chosen.Form) < 0))
                chosen = (form, count);
        }
        var values = new List<string>(best.Count);
        foreach (var (stem, (form, _)) in best)
            values.Add(stem + SearchFields.WordSeparator + form);
        return values;
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
