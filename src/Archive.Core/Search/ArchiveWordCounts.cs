using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// The archive side of top words for one index reader and language: each stem's document frequency
/// in the stemmed body field summed over the reader's segments, and how many articles have that field.
/// Summed once per reader from the segments' own counts (a reader lives until the index changes).
/// </summary>
internal sealed class ArchiveWordCounts
{
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, ArchiveWordCounts>> _cache = [];

    private ArchiveWordCounts(int[] documentFrequencies, int documents)
    {
        DocumentFrequencies = documentFrequencies;
        Documents = documents;
    }

    /// <summary>By stem number (<see cref="WordVocabulary"/>); stems this reader lacks are 0.</summary>
    public int[] DocumentFrequencies { get; }

    public int Documents { get; }

    public static ArchiveWordCounts For(IndexReader reader, string language)
    {
        var perLanguage = _cache.GetValue(reader, _ => []);
        lock (perLanguage)
        {
            if (!perLanguage.TryGetValue(language, out var counts))
                perLanguage[language] = counts = Build(reader, language);
            return counts;
        }
    }

    private static ArchiveWordCounts Build(IndexReader reader, string language)
    {
        var segments = reader.Leaves.Select(l => SegmentWords.For(l.AtomicReader, language)).ToList();
        var frequencies = new int[WordVocabulary.For(language).StemCount];
        foreach (var segment in segments.OfType<SegmentWords>())
        {
            for (var i = 0; i < segment.Stems.Length; i++)
                frequencies[segment.Stems[i]] += segment.DocumentFrequencies[i];
        }
        var documents = reader.Leaves.Sum(l => Math.Max(0, l.AtomicReader.GetTerms(SearchFields.BodyStemmed(language))?.DocCount ?? 0));
        return new ArchiveWordCounts(frequencies, documents);
    }
}
