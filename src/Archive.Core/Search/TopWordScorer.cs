using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Scores a sample's stems against the rest of the archive with Dunning's log-likelihood (G²) over
/// document counts: how many sample articles hold the stem (from the stems doc values) against how
/// many of the archive's do (the stem's document frequency in the stemmed body field). A word as
/// common in the sample as everywhere scores about 0 however often it occurs; only words the
/// sample over-uses are kept.
/// </summary>
internal static class TopWordScorer
{
    /// <summary>A word in one sample article says nothing about the set.</summary>
    private const int MinCount = 2;

    /// <summary>Only the sample's most frequent stems are looked up in the archive; rarer ones cannot reach the top.</summary>
    private const int Candidates = 400;

    public static IReadOnlyList<TopWord> Score(IndexReader reader, ScoreDoc[] sample, int count)
    {
        var docs = sample.Select(d => d.Doc).Order().ToArray();
        var words = new List<TopWord>();
        foreach (var language in SearchFields.StemmedLanguages)
            words.AddRange(ScoreLanguage(reader, docs, language));
        return words
            .OrderByDescending(w => w.Score)
            .ThenByDescending(w => w.Count)
            .ThenBy(w => w.Stem, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static List<TopWord> ScoreLanguage(IndexReader reader, int[] docs, string language)
    {
        var (forms, sampleDocs) = CountForms(reader, docs, SearchFields.WordStems(language));
        if (sampleDocs == 0)
            return [];
        var stems = new Dictionary<string, (int Count, string Form, int FormCount)>(StringComparer.Ordinal);
        foreach (var (value, n) in forms)
        {
            var separator = value.IndexOf(SearchFields.WordSeparator, StringComparison.Ordinal);
            var stem = separator < 0 ? value : value[..separator];
            var form = separator < 0 ? value : value[(separator + 1)..];
            (int Count, string Form, int FormCount) current = stems.TryGetValue(stem, out var known) ? known : (0, form, 0);
            var better = n > current.FormCount || (n == current.FormCount && string.CompareOrdinal(form, current.Form) < 0);
            stems[stem] = (current.Count + n, better ? form : current.Form, better ? n : current.FormCount);
        }

        var field = SearchFields.BodyStemmed(language);
        var archiveDocs = MultiFields.GetTerms(reader, field)?.DocCount ?? 0;
        var restDocs = archiveDocs - sampleDocs;
        if (restDocs <= 0)
            return [];
        var scored = new List<TopWord>();
        foreach (var (stem, (n, form, _)) in stems
            .Where(s => s.Value.Count >= MinCount)
            .OrderByDescending(s => s.Value.Count)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(Candidates))
        {
            var archive = Math.Max(n, reader.DocFreq(new Term(field, stem)));
            var rest = Math.Min(archive - n, restDocs);
            if (n / (double)sampleDocs <= rest / (double)restDocs)
                continue;
            scored.Add(new TopWord(form, stem, language, n, archive, LogLikelihood(n, sampleDocs, rest, restDocs)));
        }
        return scored;
    }

    /// <summary>Sample articles per doc value ("stem␁form"), and how many sample articles have any, read segment by segment.</summary>
    private static (Dictionary<string, int> Forms, int SampleDocs) CountForms(IndexReader reader, int[] docs, string field)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var sampleDocs = 0;
        var next = 0;
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (values is null)
            {
                while (next < docs.Length && docs[next] < end)
                    next++;
                continue;
            }
            // Counted by ordinal first, so each value's bytes are read once per segment rather than once per article.
            var ords = new Dictionary<long, int>();
            for (; next < docs.Length && docs[next] < end; next++)
            {
                values.SetDocument(docs[next] - leaf.DocBase);
                var any = false;
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords[ord] = ords.GetValueOrDefault(ord) + 1;
                    any = true;
                }
                if (any)
                    sampleDocs++;
            }
            foreach (var (ord, n) in ords)
            {
                values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                forms[value] = forms.GetValueOrDefault(value) + n;
            }
        }
        return (forms, sampleDocs);
    }

    /// <summary>G² of a 2×2 table: <paramref name="a"/> of <paramref name="n"/> sample articles against <paramref name="c"/> of <paramref name="m"/> others.</summary>
    internal static double LogLikelihood(int a, int n, int c, int m)
    {
        static double XLogX(double x) => x <= 0 ? 0 : x * Math.Log(x);
        return 2 * (XLogX(a) + XLogX(n - a) + XLogX(c) + XLogX(m - c)
            - XLogX(a + c) - XLogX(n - a + m - c) - XLogX(n) - XLogX(m) + XLogX(n + m));
    }
}
