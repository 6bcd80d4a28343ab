using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Benchmarks.Reporting;
using Archive.Core.Entities;
using Archive.Core.Text;

namespace Archive.Benchmarks.Entities;

/// <summary>
/// Issue 13's entity evaluation: the extractor on the documents annotated by hand under Entities/Gold
/// (fakenews-es items, readability-pages pages), the text read from the shared corpus. Scoring follows
/// GOLD-FORMAT: per document, distinct predicted (type, name) against distinct gold entities, a name
/// matching any of a gold entity's names case-, accent- and space-folded, each gold entity at most once.
/// </summary>
public static class EntityQuality
{
    private static readonly string[] _types = [EntityTypes.Person, EntityTypes.Place, EntityTypes.Organization];

    public static async Task<int> RunAsync(BenchmarkOptions options, RepositoryPaths paths, CancellationToken cancellationToken)
    {
        var corpus = Path.GetFullPath(options.CorpusFolder ?? Path.Combine(paths.Root, "..", "shared", "corpus"));
        var goldFolder = Path.Combine(paths.Root, "tests", "Archive.Benchmarks", "Entities", "Gold");
        var report = new BenchmarkReport
        {
            Run = new Dictionary<string, string>
            {
                ["started"] = DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture),
                ["parts"] = "entities",
                ["corpus"] = Directory.Exists(corpus) ? corpus : $"{corpus} (missing)",
                ["gold"] = goldFolder,
                ["half"] = options.EntityHalf ?? "all",
            },
        };
        if (!Directory.Exists(corpus))
        {
            Console.WriteLine($"The shared corpus is not at {corpus}; give it with --corpus DIR. The entity evaluation needs its texts and is skipped.");
            return 0;
        }

        var table = new ReportTable("Entities (issue 13): typed F1 over each document's distinct entities", ["language", "type", "gold", "predicted", "matched", "precision", "recall", "F1"]);
        var extractor = EntityExtractor.Default;
        var elapsed = TimeSpan.Zero;
        var documents = 0;
        foreach (var (language, file) in new[] { ("es", "fakenews-es.tsv"), ("en", "readability-en.tsv") })
        {
            var goldPath = Path.Combine(goldFolder, file);
            if (!File.Exists(goldPath))
            {
                report.Skip($"entities {language}", $"no gold file {goldPath}");
                continue;
            }
            var gold = ReadGold(goldPath);
            var byType = _types.ToDictionary(t => t, _ => new EntityScore(), StringComparer.Ordinal);
            var typed = new EntityScore();
            var untyped = new EntityScore();
            var position = -1;
            foreach (var (item, entities) in gold)
            {
                position++;
                if (options.EntityHalf is { } half && (position % 2 == 0) != (half == "even"))
                    continue;
                var text = await ReadTextAsync(corpus, language, item, cancellationToken);
                if (text is null)
                {
                    report.Skip($"entities {language} {item}", "text not in the corpus");
                    continue;
                }
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var predicted = extractor.Extract(text.Value.Title, text.Value.Paragraphs, language);
                elapsed += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                documents++;
                var predictions = predicted.Select(p => (Type: p.Type.Name(), Name: p.Name)).Distinct().ToList();
                var misses = Score(entities, predictions, byType, typed, untyped);
                if (options.Verbose)
                    PrintDocument(language, item, entities, predictions, misses);
            }
            foreach (var type in _types)
                AddRow(table, language, type, byType[type]);
            AddRow(table, language, "typed, all", typed);
            AddRow(table, language, "untyped", untyped);
            report.Metric($"entities.{language}.typed_f1", typed.F1);
            report.Metric($"entities.{language}.untyped_f1", untyped.F1);
        }
        table.Notes.Add($"{documents} documents; extraction {elapsed.TotalMilliseconds / Math.Max(1, documents) * 1000:F0} µs per document on average (one thread, first call included).");
        table.Notes.Add("Anchors on held-out newswire: compromise 0.46 (en), es-compromise 0.18 (es), bare capitalised runs 0.66–0.73 untyped. Goal: typed F1 ≥ 0.75 per language.");
        report.Tables.Add(table);
        table.Print(Console.Out);
        foreach (var skipped in report.Skipped)
            Console.WriteLine($"  skipped {skipped.Part}: {skipped.Reason}");
        var folder = Path.Combine(paths.Results, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-entities");
        var (json, markdown) = report.Save(folder);
        Console.WriteLine();
        Console.WriteLine($"Results: {markdown}");
        Console.WriteLine($"         {json}");
        return 0;
    }

    private static void AddRow(ReportTable table, string language, string type, EntityScore score) =>
        table.Add(language, type, score.Gold.ToString(CultureInfo.InvariantCulture), score.Predicted.ToString(CultureInfo.InvariantCulture),
            score.Matched.ToString(CultureInfo.InvariantCulture), score.Precision.ToString("F3", CultureInfo.InvariantCulture),
            score.Recall.ToString("F3", CultureInfo.InvariantCulture), score.F1.ToString("F3", CultureInfo.InvariantCulture));

    /// <summary>Scores one document; returns the predictions that matched nothing (typed), for --verbose.</summary>
    private static List<(string Type, string Name)> Score(
        List<GoldEntity> gold, List<(string Type, string Name)> predictions,
        Dictionary<string, EntityScore> byType, EntityScore typed, EntityScore untyped)
    {
        var real = gold.Where(g => g.Type != "-").ToList();
        foreach (var entity in real)
        {
            if (byType.TryGetValue(entity.Type, out var score))
                score.Gold++;
        }
        typed.Gold += real.Count;
        untyped.Gold += real.Count;
        var misses = new List<(string, string)>();
        var usedTyped = new HashSet<GoldEntity>();
        foreach (var prediction in predictions)
        {
            if (byType.TryGetValue(prediction.Type, out var score))
                score.Predicted++;
            typed.Predicted++;
            var key = Key(prediction.Name);
            var match = real.FirstOrDefault(g => g.Type == prediction.Type && !usedTyped.Contains(g) && g.Names.Any(n => Key(n) == key));
            if (match is not null)
            {
                usedTyped.Add(match);
                typed.Matched++;
                if (score is not null)
                    score.Matched++;
            }
            else
                misses.Add(prediction);
        }
        var distinctNames = predictions.Select(p => Key(p.Name)).Distinct().ToList();
        untyped.Predicted += distinctNames.Count;
        var usedUntyped = new HashSet<GoldEntity>();
        foreach (var name in distinctNames)
        {
            var match = real.FirstOrDefault(g => !usedUntyped.Contains(g) && g.Names.Any(n => Key(n) == name));
            if (match is not null)
            {
                usedUntyped.Add(match);
                untyped.Matched++;
            }
        }
        return misses;
    }

    private static void PrintDocument(string language, string item, List<GoldEntity> gold, List<(string Type, string Name)> predictions, List<(string Type, string Name)> misses)
    {
        var predicted = predictions.Select(p => (p.Type, Key: Key(p.Name))).ToHashSet();
        var missed = gold.Where(g => g.Type != "-" && !g.Names.Any(n => predicted.Contains((g.Type, Key(n))))).ToList();
        if (misses.Count == 0 && missed.Count == 0)
            return;
        Console.WriteLine($"[{language}] {item}");
        foreach (var (type, name) in misses)
            Console.WriteLine($"   + {type}\t{name}");
        foreach (var entity in missed)
            Console.WriteLine($"   - {entity.Type}\t{string.Join('|', entity.Names)}");
    }

    private static string Key(string name) => Whitespace.Collapse(TextFolding.Fold(name)).Trim();

    private static Dictionary<string, List<GoldEntity>> ReadGold(string path)
    {
        var gold = new Dictionary<string, List<GoldEntity>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var cells = line.Split('\t');
            if (cells.Length < 3)
                continue;
            if (!gold.TryGetValue(cells[0], out var list))
                gold[cells[0]] = list = [];
            list.Add(new GoldEntity(cells[0], cells[1].Trim(), cells[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }
        return gold;
    }

    /// <summary>The document's text: a fakenews-es file's lines, or a readability page's reference body and title.</summary>
    private static async Task<(string? Title, List<string> Paragraphs)?> ReadTextAsync(string corpus, string language, string item, CancellationToken cancellationToken)
    {
        if (language == "es")
        {
            var path = Path.Combine(corpus, "fakenews-es", "articles", item);
            if (!File.Exists(path))
                return null;
            var lines = (await File.ReadAllLinesAsync(path, cancellationToken)).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            return (null, lines);
        }
        var folder = Path.Combine(corpus, "readability-pages", item);
        var expected = Path.Combine(folder, "expected.html");
        if (!File.Exists(expected))
            return null;
        string? title = null;
        var metadata = Path.Combine(folder, "expected-metadata.json");
        if (File.Exists(metadata))
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(metadata, cancellationToken));
            if (json.RootElement.TryGetProperty("title", out var value) && value.ValueKind == JsonValueKind.String)
                title = value.GetString();
        }
        using var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(expected, cancellationToken));
        var blocks = document.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, figcaption, dt, dd")
            .Where(e => e.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, figcaption, dt, dd").Length == 0)
            .Select(e => Whitespace.Collapse(e.TextContent).Trim())
            .Where(t => t.Length > 0)
            .ToList();
        if (blocks.Count == 0)
            blocks.Add(Whitespace.Collapse(document.Body?.TextContent ?? "").Trim());
        return (title, blocks);
    }
}
