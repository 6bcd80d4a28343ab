using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archive.Benchmarks.ArchiveSide;
using Archive.Benchmarks.Reporting;
using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Testing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Benchmarks.Copies;

/// <summary>
/// Issue 13's copy detection, on text nobody here wrote: every fakenews-es item (from --corpus, else
/// ../shared/corpus; the generated wire copy when absent) is imported with one held-out copy made from it
/// (re-wrapped, a promo line added, a sentence cut, paragraphs re-split, light re-edits, all at once),
/// through the real importer into a fresh database. A pair counts as found when the copy joined the
/// original's story or was refused as its exact duplicate. Distinct items on the same topic (index.jsonl)
/// are the negatives: any two originals grouped is a false copy.
/// </summary>
public static class CopiesBenchmark
{
    public static async Task<int> RunAsync(BenchmarkOptions options, RepositoryPaths paths, string work, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var shared = Path.GetFullPath(options.CorpusFolder ?? Path.Combine(paths.Root, "..", "shared", "corpus"));
        var folder = Directory.Exists(Path.Combine(shared, "fakenews-es")) ? Path.Combine(shared, "fakenews-es") : shared;
        var (stories, source) = Load(folder, options.Seed);
        var report = new BenchmarkReport
        {
            Run = new Dictionary<string, string>
            {
                ["started"] = started.ToString("u", CultureInfo.InvariantCulture),
                ["parts"] = "Copies",
                ["text"] = source,
                ["machine"] = $"{Environment.ProcessorCount} cores",
                ["load average at start"] = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown",
            },
        };
        Console.WriteLine($"Copies: {stories.Count} stories from {source}");

        var root = Path.Combine(work, "copies");
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        var files = Directory.CreateDirectory(Path.Combine(root, "files")).FullName;
        var variants = Enum.GetValues<CopyVariant>();
        var random = new Random(options.Seed);
        var pairs = new List<(int Story, CopyVariant Variant, string Original, string Copy)>();
        for (var i = 0; i < stories.Count; i++)
        {
            var variant = variants[i % variants.Length];
            var original = Path.Combine(files, $"{i:D4}-original.txt");
            var copy = Path.Combine(files, $"{i:D4}-copy-{variant}.txt");
            await File.WriteAllTextAsync(original, stories[i].Text.ToFile(), cancellationToken);
            await File.WriteAllTextAsync(copy, CopyVariants.File(CopyVariants.Make(stories[i].Text, variant, random), variant), cancellationToken);
            pairs.Add((i, variant, original, copy));
        }

        var connection = $"Data Source={Path.Combine(root, "archive.db")}";
        var all = Directory.GetFiles(files).Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var summary = await ArchiveImport.ImportAsync(connection, all, cancellationToken);
        var importSeconds = clock.Elapsed.TotalSeconds;
        var outcome = summary.Files.ToDictionary(f => f.Path, f => (f.Outcome, f.ArticleId));
        Dictionary<int, int?> storyOf;
        await using (var db = ArchiveImport.OpenDatabase(connection))
            storyOf = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.StoryId, cancellationToken);

        int? Key(string file) => outcome.TryGetValue(file, out var o) && o.ArticleId is { } id ? storyOf.GetValueOrDefault(id) ?? -id : null;
        var byVariant = new Dictionary<CopyVariant, (int Found, int Total, int Duplicates)>();
        var found = 0;
        foreach (var pair in pairs)
        {
            // Names sort the copy first, so an exact copy refuses the original as its duplicate.
            var duplicate = (outcome[pair.Copy].Outcome == Core.Importing.ImportFileOutcome.Duplicate || outcome[pair.Original].Outcome == Core.Importing.ImportFileOutcome.Duplicate)
                && outcome[pair.Copy].ArticleId == outcome[pair.Original].ArticleId;
            var same = duplicate || (Key(pair.Copy) is { } a && a == Key(pair.Original));
            var (f, t, d) = byVariant.GetValueOrDefault(pair.Variant);
            byVariant[pair.Variant] = (f + (same ? 1 : 0), t + 1, d + (duplicate ? 1 : 0));
            found += same ? 1 : 0;
        }
        // Predicted pairs: every two files of the evaluation set that ended in one story (or one article).
        var groups = all.Select(f => (File: f, Key: Key(f))).Where(g => g.Key is not null).GroupBy(g => g.Key!.Value).Where(g => g.Count() > 1).ToList();
        var predicted = groups.Sum(g => g.Count() * (g.Count() - 1) / 2);
        var falseGroups = groups.Where(g => g.Select(x => Path.GetFileName(x.File)[..4]).Distinct().Count() > 1).ToList();
        var precision = predicted == 0 ? 1 : found / (double)predicted;
        var recall = found / (double)pairs.Count;

        // Same-subject negatives: originals sharing a topic, compared directly.
        var signatures = stories.Select(s => MinHash.Compute(s.Text.Paragraphs)).ToList();
        var sameTopic = 0;
        var grouped = 0;
        var highest = 0.0;
        for (var i = 0; i < stories.Count; i++)
        {
            for (var j = i + 1; j < stories.Count; j++)
            {
                if (stories[i].Topic != stories[j].Topic || signatures[i] is null || signatures[j] is null)
                    continue;
                sameTopic++;
                highest = Math.Max(highest, MinHash.Similarity(signatures[i], signatures[j]!));
                if (Key(pairs[i].Original) == Key(pairs[j].Original))
                    grouped++;
            }
        }

        var texts = stories.Select(s => s.Text.Paragraphs).ToList();
        clock.Restart();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < 2 || rounds < 3)
        {
            foreach (var text in texts)
                MinHash.Compute(text);
            rounds++;
        }
        var perSecond = rounds * texts.Count / clock.Elapsed.TotalSeconds;

        var table = new ReportTable($"Copies ({pairs.Count} held-out copy pairs, {source})", ["variant", "found", "pairs", "refused as exact duplicate"]);
        foreach (var (variant, (f, t, d)) in byVariant.OrderBy(v => v.Key))
            table.Add(variant.ToString(), f.ToString(CultureInfo.InvariantCulture), t.ToString(CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture));
        table.Add("all", found.ToString(CultureInfo.InvariantCulture), pairs.Count.ToString(CultureInfo.InvariantCulture), byVariant.Values.Sum(v => v.Duplicates).ToString(CultureInfo.InvariantCulture));
        table.Notes.Add($"precision {precision:F3}, recall {recall:F3} (goal ≥ 0.95 each); {predicted} predicted pairs, {falseGroups.Count} stories mixing distinct items");
        table.Notes.Add($"same-topic negatives: {sameTopic:N0} pairs of distinct items on one topic, {grouped} grouped (goal 0), highest similarity {highest:F3} (threshold {MinHash.CopyThreshold})");
        table.Notes.Add($"import of the {all.Count} files with copy detection: {importSeconds:F2} s ({all.Count / importSeconds:N0} files/s, small-batch figure; the import part measures the rate at scale)");
        table.Notes.Add($"MinHash signatures on one core: {perSecond:N0} articles/s ({MinHash.HashCount} hashes, {MinHash.ShingleWords}-word shingles, {MinHash.Bands}×{MinHash.RowsPerBand} bands)");
        foreach (var group in falseGroups.Take(10))
            table.Notes.Add("mixed story: " + string.Join(", ", group.Select(g => Path.GetFileName(g.File))));
        report.Tables.Add(table);
        report.Metric("copies.precision", precision);
        report.Metric("copies.recall", recall);
        report.Metric("copies.sameTopicGrouped", grouped);
        report.Metric("copies.minhashArticlesPerSecond", perSecond);
        table.Print(Console.Out);
        var results = Path.Combine(paths.Results, started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-copies");
        var (json, markdown) = report.Save(results);
        Console.WriteLine($"Results: {markdown}");
        Console.WriteLine($"         {json}");
        return 0;
    }

    private static (List<(StoryText Text, string Topic)> Stories, string Source) Load(string folder, int seed)
    {
        var index = Path.Combine(folder, "index.jsonl");
        if (File.Exists(index))
        {
            var stories = new List<(StoryText, string)>();
            foreach (var line in File.ReadLines(index))
            {
                using var entry = JsonDocument.Parse(line);
                var file = Path.Combine(folder, entry.RootElement.GetProperty("file").GetString()!);
                if (!File.Exists(file))
                    continue;
                var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                if (lines.Count < 2)
                    continue;
                var headline = entry.RootElement.TryGetProperty("headline", out var h) ? h.GetString() ?? lines[0] : lines[0];
                stories.Add((new StoryText(headline, lines.Skip(1).ToList()), entry.RootElement.GetProperty("topic").GetString() ?? ""));
            }
            return (stories, $"{folder} ({stories.Count} items)");
        }
        Console.WriteLine($"{folder} is absent: measuring on generated wire copy (tests/Shared/WireCopy.cs) instead.");
        var wire = new WireCopy(seed).Items(400).Where(w => w.Paragraphs.Count > 2 && !w.Paragraphs[1].StartsWith("Shr", StringComparison.Ordinal)).ToList();
        return ([.. wire.Select(w => (new StoryText(w.Title, w.Paragraphs), "wire"))], $"generated wire copy ({wire.Count} prose items, seed {seed})");
    }
}
