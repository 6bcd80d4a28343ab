using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// What top words need of one segment and language, read once per segment (segments never change):
/// each stems doc-value ordinal's pair and stem numbers, and each of the segment's stems with its
/// document frequency in the stemmed body field.
/// </summary>
internal sealed class SegmentWords
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentWords>> _cache = [];

    private SegmentWords(int[] pairOfOrd, int[] stemOfOrd, int[] stems, int[] documentFrequencies)
    {
        PairOfOrd = pairOfOrd;
        StemOfOrd = stemOfOrd;
        Stems = stems;
        DocumentFrequencies = documentFrequencies;
    }

    public int[] PairOfOrd { get; }

    public int[] StemOfOrd { get; }

    /// <summary>The segment's distinct stems (vocabulary numbers), beside <see cref="DocumentFrequencies"/>.</summary>
    public int[] Stems { get; }

    public int[] DocumentFrequencies { get; }

    public static SegmentWords? For(AtomicReader reader, string language)
    {
        var perLanguage = _cache.GetValue(reader.CoreCacheKey, _ => []);
        lock (perLanguage)
        {
            if (perLanguage.TryGetValue(language, out var known))
                return known;
            var built = Build(reader, language);
            if (built is not null)
                perLanguage[language] = built;
            return built;
        }
    }

    private static SegmentWords? Build(AtomicReader reader, string language)
    {
        var values = reader.GetSortedSetDocValues(SearchFields.WordStems(language));
        if (values is null)
            return null;
        var vocabulary = WordVocabulary.For(language);
        var count = checked((int)values.ValueCount);
        var pairOfOrd = new int[count];
        var stemOfOrd = new int[count];
        var stems = new List<int>();
        var frequencies = new List<int>();
        var body = reader.GetTerms(SearchFields.BodyStemmed(language))?.GetEnumerator();
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            values.LookupOrd(ord, bytes);
            var value = bytes.Utf8ToString();
            var (pair, stem) = vocabulary.Add(value);
            pairOfOrd[ord] = pair;
            stemOfOrd[ord] = stem;
            // Values sort by stem first (the separator sorts below any letter), so a new stem starts a new run.
            if (stems.Count > 0 && stems[^1] == stem)
                continue;
            stems.Add(stem);
            var separator = value.IndexOf(SearchFields.WordSeparator, StringComparison.Ordinal);
            var term = new BytesRef(separator < 0 ? value : value[..separator]);
            frequencies.Add(body is not null && body.SeekExact(term) ? body.DocFreq : 0);
        }
        return new SegmentWords(pairOfOrd, stemOfOrd, [.. stems], [.. frequencies]);
    }
}
