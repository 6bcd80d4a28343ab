using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Writes N news-like article files (title line, blank line, paragraphs, like the seeds) from a fixed
/// seed: the same N and seed always give byte-identical files, so runs on different days compare.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Bump when the output changes, so stale cached corpora are not reused.</summary>
    public const int Version = 1;

    private const int FilesPerFolder = 1000;
    private const double SpanishShare = 0.8;
    private const int RareWordCount = 300;
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly LanguageModel _spanish;
    private readonly LanguageModel _english;
    private readonly HashSet<string> _knownWords;

    public CorpusGenerator(IEnumerable<string> seedTexts)
    {
        var seedWords = seedTexts
            .SelectMany(Words)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        _knownWords = new HashSet<string>(StringComparer.Ordinal);
        _spanish = LanguageModel.Build("es", Vocabulary.SpanishFunctionWords, Vocabulary.SpanishContentWords, seedWords,
            Vocabulary.SpanishPhrases, Vocabulary.SpanishPromoLines, p => p.Es, _knownWords,
            ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "br", "tr", "pl", "gr", "cr", "ll"],
            ["a", "e", "i", "o", "u", "ia", "ue", "io"], ["", "", "", "n", "s", "r", "l"]);
        _english = LanguageModel.Build("en", Vocabulary.EnglishFunctionWords, Vocabulary.EnglishContentWords, [],
            Vocabulary.EnglishPhrases, Vocabulary.EnglishPromoLines, p => p.En, _knownWords,
            ["th", "sh", "st", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "w", "bl", "gr"],
            ["a", "e", "i", "o", "u", "ea", "oo", "ai"], ["", "", "n", "r", "t", "ck", "ng", "s", "ll"]);
    }

    /// <summary>The corpus folder for N and seed under <paramref name="cacheRoot"/>, generated unless it is already there.</summary>
    public CorpusManifest EnsureGenerated(string cacheRoot, int articles, int seed, Action<string>? log = null)
    {
        var folder = FolderFor(cacheRoot, articles, seed);
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (File.Exists(manifestPath))
        {
            var cached = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(manifestPath));
            if (cached is { GeneratorVersion: Version } && cached.Articles == articles && cached.Seed == seed)
            {
                log?.Invoke($"Reusing corpus {folder} ({articles:N0} articles, {cached.TotalBytes / 1e6:F1} MB)");
                return cached;
            }
        }

        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        log?.Invoke($"Generating {articles:N0} articles into {folder} ...");
        var manifest = Generate(folder, articles, seed);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest));
        log?.Invoke($"Generated {manifest.TotalBytes / 1e6:F1} MB, {manifest.TotalCharacters / (double)articles:F0} characters per article on average");
        return manifest;
    }

    public static string FolderFor(string cacheRoot, int articles, int seed) =>
        Path.Combine(cacheRoot, $"corpus-v{Version}-n{articles}-seed{seed}");

    private CorpusManifest Generate(string folder, int articles, int seed)
    {
        var master = new Random(seed);
        var languages = new string[articles];
        for (var i = 0; i < articles; i++)
            languages[i] = master.NextDouble() < SpanishShare ? "es" : "en";

        var rareWords = PlanRareWords(master, articles);
        var plantedIn = new Dictionary<int, List<string>>();
        foreach (var rare in rareWords)
        {
            foreach (var index in rare.ArticleIndexes)
            {
                if (!plantedIn.TryGetValue(index, out var list))
                    plantedIn[index] = list = [];
                list.Add(rare.Word);
            }
        }

        var files = new string[articles];
        var chunkCount = (articles + FilesPerFolder - 1) / FilesPerFolder;
        var chunkBytes = new long[chunkCount];
        var chunkChars = new long[chunkCount];
        var chunkPhrases = new List<string>[chunkCount];

        // Chunks draw from their own seeded generator, so the output does not depend on thread timing.
        Parallel.For(0, chunkCount, chunk =>
        {
            var random = new Random(HashCode.Combine(seed, chunk, Version) & int.MaxValue);
            var subfolder = chunk.ToString("D3", CultureInfo.InvariantCulture);
            Directory.CreateDirectory(Path.Combine(folder, subfolder));
            var phrases = new List<string>();
            var builder = new StringBuilder(8 * 1024);
            var end = Math.Min(articles, (chunk + 1) * FilesPerFolder);
            for (var i = chunk * FilesPerFolder; i < end; i++)
            {
                var model = languages[i] == "es" ? _spanish : _english;
                builder.Clear();
                var rare = plantedIn.TryGetValue(i, out var planted) ? planted : null;
                WriteArticle(builder, model, random, rare, i % 20 == 0 ? phrases : null);
                var relative = Path.Combine(subfolder, i.ToString("D6", CultureInfo.InvariantCulture) + ".txt");
                var bytes = _utf8.GetBytes(builder.ToString());
                File.WriteAllBytes(Path.Combine(folder, relative), bytes);
                files[i] = relative;
                chunkBytes[chunk] += bytes.Length;
                chunkChars[chunk] += builder.Length;
            }
            chunkPhrases[chunk] = phrases;
        });

        return new CorpusManifest
        {
            GeneratorVersion = Version,
            Articles = articles,
            Seed = seed,
            TotalBytes = chunkBytes.Sum(),
            TotalCharacters = chunkChars.Sum(),
            Files = files,
            Languages = languages,
            SpanishContentByRank = _spanish.ContentByRank,
            EnglishContentByRank = _english.ContentByRank,
            RareWords = rareWords,
            SampledPhrases = [.. chunkPhrases.SelectMany(p => p).Distinct(StringComparer.Ordinal)],
        };
    }

    private PlantedWord[] PlanRareWords(Random random, int articles)
    {
        var words = new List<PlantedWord>(RareWordCount);
        var used = new HashSet<string>(StringComparer.Ordinal);
        string[] onsets = ["qu", "z", "x", "k", "j", "v"];
        string[] vowels = ["a", "e", "i", "o", "u"];
        while (words.Count < RareWordCount)
        {
            // A leading "qu/z/x/k/j/v" plus a final "x" keeps them out of the generated vocabulary.
            var word = onsets[random.Next(onsets.Length)] + vowels[random.Next(vowels.Length)]
                + "l" + vowels[random.Next(vowels.Length)] + onsets[random.Next(onsets.Length)]
                + vowels[random.Next(vowels.Length)] + "x";
            if (_knownWords.Contains(word) || !used.Add(word))
                continue;
            var count = Math.Min(articles, 1 + random.Next(5));
            var indexes = Enumerable.Range(0, count).Select(_ => random.Next(articles)).Distinct().Order().ToArray();
            words.Add(new PlantedWord(word, indexes));
        }
        return [.. words];
    }

    private static void WriteArticle(StringBuilder text, LanguageModel model, Random random, List<string>? rareWords, List<string>? phraseSink)
    {
        var topic = Enumerable.Range(0, 3).Select(_ => model.Entities[model.EntitySampler.Next(random)]).ToArray();
        var title = Sentence(model, random, topic, 6 + random.Next(8), capitalize: true, null).TrimEnd('.');
        var paragraphCount = 5 + random.Next(16);
        var paragraphs = new List<string>(paragraphCount + 2);
        for (var p = 0; p < paragraphCount; p++)
        {
            var sentences = 1 + random.Next(3);
            var paragraph = new StringBuilder();
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                    paragraph.Append(' ');
                paragraph.Append(Sentence(model, random, topic, 8 + random.Next(17), capitalize: true, phraseSink));
            }
            paragraphs.Add(paragraph.ToString());
        }

        foreach (var rare in rareWords ?? [])
        {
            var at = random.Next(paragraphs.Count);
            var paragraph = paragraphs[at];
            var space = paragraph.IndexOf(' ', random.Next(paragraph.Length));
            paragraphs[at] = space < 0 ? paragraph + " " + rare : paragraph.Insert(space, " " + rare);
        }

        // Some articles carry promo lines; the importer's cleaner has to find and drop them.
        if (random.NextDouble() < 0.15)
        {
            for (var n = 1 + random.Next(2); n > 0; n--)
                paragraphs.Insert(1 + random.Next(paragraphs.Count - 1), model.PromoLines[random.Next(model.PromoLines.Length)]);
        }

        var layout = random.NextDouble();
        if (layout < 0.05)
        {
            // Like seed 000: no title line, one paragraph per line.
            text.AppendJoin('\n', paragraphs).Append('\n');
            return;
        }
        text.Append(title).Append("\n\n");
        if (layout < 0.15)
        {
            // Like seed 002: the scraped title repeated before a lone dash.
            text.Append(title).Append('\n').Append(title).Append("\n-\n\n");
        }
        text.AppendJoin("\n\n", paragraphs).Append('\n');
    }

    private static string Sentence(LanguageModel model, Random random, string[] topic, int length, bool capitalize, List<string>? phraseSink)
    {
        var words = new List<string>(length + 4);
        while (words.Count < length)
        {
            var roll = random.NextDouble();
            if (roll < 0.05)
                words.Add(random.NextDouble() < 0.6 ? topic[random.Next(topic.Length)] : model.Entities[model.EntitySampler.Next(random)]);
            else if (roll < 0.07)
                words.Add(model.Phrases[random.Next(model.Phrases.Length)]);
            else if (roll < 0.15)
                words.Add(model.Tail[model.TailSampler.Next(random)]);
            else
                words.Add(model.Words[model.WordSampler.Next(random)]);
        }

        if (phraseSink is not null && words.Count > 4)
        {
            var start = random.Next(words.Count - 3);
            var span = string.Join(' ', words.Skip(start).Take(2 + random.Next(2)));
            if (span.All(c => char.IsLetter(c) || c == ' '))
                phraseSink.Add(span);
        }

        var sentence = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
                sentence.Append(i > 2 && random.NextDouble() < 0.06 ? ", " : " ");
            sentence.Append(words[i]);
        }
        if (capitalize && sentence.Length > 0)
            sentence[0] = char.ToUpperInvariant(sentence[0]);
        sentence.Append('.');
        return sentence.ToString();
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
                start = i;
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>One language's ranked vocabulary, entities, phrases and promo lines.</summary>
    private sealed class LanguageModel
    {
        public required string[] Words { get; init; }
        public required ZipfSampler WordSampler { get; init; }
        public required string[] Tail { get; init; }
        public required ZipfSampler TailSampler { get; init; }
        public required string[] ContentByRank { get; init; }
        public required string[] Entities { get; init; }
        public required ZipfSampler EntitySampler { get; init; }
        public required string[] Phrases { get; init; }
        public required string[] PromoLines { get; init; }

        public static LanguageModel Build(
            string language, string[] functionWords, string[] contentWords, IReadOnlyList<string> seedWords,
            string[] phrases, string[] promoLines, Func<(string Es, string En), string> pick, HashSet<string> knownWords,
            string[] onsets, string[] vowels, string[] codas)
        {
            var random = new Random(language == "es" ? 7 : 11);
            var content = contentWords.Concat(seedWords).Distinct(StringComparer.Ordinal)
                .Where(w => !functionWords.Contains(w, StringComparer.Ordinal))
                .OrderBy(_ => random.Next())
                .ToList();
            knownWords.UnionWith(functionWords);
            knownWords.UnionWith(content);

            // An invented long tail (8% of words) gives the term dictionary a news-sized number of distinct words.
            var tail = new List<string>();
            var tailSet = new HashSet<string>(StringComparer.Ordinal);
            while (tail.Count < 20_000)
            {
                var syllables = 2 + random.Next(2);
                var word = new StringBuilder();
                for (var s = 0; s < syllables; s++)
                {
                    word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]);
                    if (s == syllables - 1)
                        word.Append(codas[random.Next(codas.Length)]);
                }
                var candidate = word.ToString();
                if (!knownWords.Contains(candidate) && tailSet.Add(candidate))
                    tail.Add(candidate);
            }
            lock (knownWords)
                knownWords.UnionWith(tail);

            string[] words = [.. functionWords, .. content];
            var entities = Vocabulary.People.Concat(Vocabulary.Places).Select(pick).Distinct(StringComparer.Ordinal).ToArray();
            return new LanguageModel
            {
                Words = words,
                WordSampler = new ZipfSampler(words.Length, 1.0),
                Tail = [.. tail],
                TailSampler = new ZipfSampler(tail.Count, 1.0),
                ContentByRank = [.. content],
                Entities = entities,
                EntitySampler = new ZipfSampler(entities.Length, 0.9),
                Phrases = phrases,
                PromoLines = promoLines,
            };
        }
    }
}
