using Archive.Benchmarks.Corpus;
using Archive.Benchmarks.Engines;

namespace Archive.Benchmarks.Searching;

/// <summary>
/// A fixed mix of distinct queries per kind, drawn from the corpus's own vocabulary with a fixed
/// seed. No query text repeats, so a result cache cannot be what gets measured.
/// </summary>
public sealed class QueryMix
{
    public const int WarmupPerKind = 20;
    public const int DeepPage = 500;

    private QueryMix(IReadOnlyList<QuerySpec> warmup, IReadOnlyDictionary<QueryKind, IReadOnlyList<QuerySpec>> measured)
    {
        Warmup = warmup;
        Measured = measured;
    }

    public IReadOnlyList<QuerySpec> Warmup { get; }
    public IReadOnlyDictionary<QueryKind, IReadOnlyList<QuerySpec>> Measured { get; }

    /// <param name="isIndexedWord">True when the archive holds the word; zero-hit queries must not.</param>
    /// <param name="totalHits">Hits of a query, so a small corpus pages as deep as it can (up to page 500).</param>
    public static QueryMix Build(CorpusManifest corpus, int perKind, int seed, Func<string, bool> isIndexedWord, Func<QuerySpec, long> totalHits)
    {
        var random = new Random(seed);
        var wanted = perKind + WarmupPerKind;
        bool Usable(string w) => w.Length > 3 && !BareAnalyzers.IsStopword(w) && w.All(char.IsLetter);
        var spanish = corpus.SpanishContentByRank.Where(Usable).ToArray();
        var english = corpus.EnglishContentByRank.Where(Usable).ToArray();

        // Ranked by expected frequency, interleaved 4:1 like the corpus's languages.
        var byRank = new List<string>();
        for (int s = 0, e = 0; s < spanish.Length || e < english.Length;)
        {
            for (var k = 0; k < 4 && s < spanish.Length; k++)
                byRank.Add(spanish[s++]);
            if (e < english.Length)
                byRank.Add(english[e++]);
        }
        var common = byRank.Take(Math.Max(wanted, byRank.Count / 4)).ToArray();
        var middle = byRank.Skip(common.Length / 2).ToArray();
        string Pick(string[] words) => words[random.Next(words.Length)];

        var kinds = new Dictionary<QueryKind, List<QuerySpec>>();
        void Fill(QueryKind kind, Func<QuerySpec?> make)
        {
            var list = new List<QuerySpec>(wanted);
            var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var attempts = 0; list.Count < wanted && attempts < wanted * 50; attempts++)
            {
                if (make() is { } spec && texts.Add(spec.Text + "|" + spec.Language + "|" + spec.Page))
                    list.Add(spec);
            }
            kinds[kind] = list;
        }

        var commonQueue = new Queue<string>(common);
        Fill(QueryKind.CommonWord, () => commonQueue.TryDequeue(out var w) ? new QuerySpec(QueryKind.CommonWord, w, [w]) : null);
        var rare = new Queue<PlantedWord>(corpus.RareWords);
        Fill(QueryKind.RareWord, () => rare.TryDequeue(out var w) ? new QuerySpec(QueryKind.RareWord, w.Word, [w.Word]) : null);
        Fill(QueryKind.TwoWords, () =>
        {
            var (a, b) = (Pick(common), Pick(middle));
            return a == b ? null : new QuerySpec(QueryKind.TwoWords, $"{a} {b}", [a, b]);
        });
        var phrases = corpus.SampledPhrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length is 2 or 3 && p.Any(Usable))
            .Concat(Vocabulary.SpanishPhrases.Concat(Vocabulary.EnglishPhrases).Select(p => p.Split(' ')))
            .ToArray();
        Fill(QueryKind.Phrase, () =>
        {
            var words = phrases[random.Next(phrases.Length)];
            return new QuerySpec(QueryKind.Phrase, $"\"{string.Join(' ', words)}\"", words);
        });
        Fill(QueryKind.Prefix, () =>
        {
            var word = Pick(middle);
            if (word.Length < 6)
                return null;
            var prefix = word[..(4 + random.Next(2))];
            return new QuerySpec(QueryKind.Prefix, prefix + "*", [prefix]);
        });
        Fill(QueryKind.Or, () =>
        {
            var (a, b) = (Pick(middle), Pick(middle));
            return a == b ? null : new QuerySpec(QueryKind.Or, $"{a} OR {b}", [a, b]);
        });
        Fill(QueryKind.Not, () =>
        {
            var (a, b) = (Pick(common), Pick(middle));
            return a == b ? null : new QuerySpec(QueryKind.Not, $"{a} -{b}", [a, b]);
        });
        var facetWords = new Queue<string>(common.Reverse());
        var facetLanguage = 0;
        Fill(QueryKind.FacetFilter, () =>
        {
            if (!facetWords.TryDequeue(out var w))
                return null;
            var lang = facetLanguage++ % 2 == 0 ? "en" : "es";
            return new QuerySpec(QueryKind.FacetFilter, $"{w} lang:{lang}", [w], lang);
        });
        var deepWords = new Queue<string>(common);
        Fill(QueryKind.DeepPage, () =>
        {
            if (!deepWords.TryDequeue(out var w))
                return null;
            var spec = new QuerySpec(QueryKind.DeepPage, w, [w]);
            var lastPage = (int)Math.Min(DeepPage, (totalHits(spec) + QuerySpec.PageSize - 1) / QuerySpec.PageSize);
            return lastPage < 2 ? null : spec with { Page = lastPage };
        });
        Fill(QueryKind.ZeroHit, () =>
        {
            var word = Pick(common);
            var typo = Misspell(word, random);
            if (typo == word || isIndexedWord(typo))
                return null;
            var spec = new QuerySpec(QueryKind.ZeroHit, typo, [typo]);
            return totalHits(spec) == 0 ? spec : null;
        });

        var warmup = kinds.Values.SelectMany(list => list.Take(WarmupPerKind)).ToList();
        var measured = kinds.ToDictionary(k => k.Key, k => (IReadOnlyList<QuerySpec>)[.. k.Value.Skip(WarmupPerKind)]);
        return new QueryMix(warmup, measured);
    }

    /// <summary>One or two typing slips: a swapped pair, a dropped or a doubled letter.</summary>
    private static string Misspell(string word, Random random)
    {
        var chars = word.ToList();
        for (var slips = 1 + random.Next(2); slips > 0 && chars.Count > 3; slips--)
        {
            var at = 1 + random.Next(chars.Count - 2);
            switch (random.Next(3))
            {
                case 0:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                case 1:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars.Insert(at, chars[at]);
                    break;
            }
        }
        return new string([.. chars]);
    }
}
