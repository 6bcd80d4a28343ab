using System.Text.Json;
using Archive.Benchmarks.Reporting;
using Archive.Core.Text;
using Archive.Testing;

namespace Archive.Benchmarks.Quality;

/// <summary>
/// Issue 12's text goals, measured: headlines and language on the real Spanish items of
/// <c>fakenews-es</c>, and paragraphs, sign-offs, outlet, datelines and language on generated
/// Reuters-style wire copy (real wire copy cannot ship with the repository).
/// </summary>
public static class TextQuality
{
    public const int WireItems = 200;

    public static async Task RunAsync(string corpusFolder, string workFolder, BenchmarkReport report, CancellationToken cancellationToken)
    {
        var table = new ReportTable("Text import quality (issue 12)", ["measure", "items", "right", "share", "goal"]);
        report.Tables.Add(table);

        var fakenews = Path.Combine(corpusFolder, "fakenews-es");
        var index = Path.Combine(fakenews, "index.jsonl");
        var spanishRight = 0;
        var spanishItems = 0;
        if (File.Exists(index))
        {
            var entries = File.ReadLines(index).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            var files = entries.Select(e => Path.Combine(fakenews, e.GetProperty("file").GetString()!)).ToList();
            var outcomes = await QualityImport.ImportAsync(workFolder, files, cancellationToken);
            var byFile = outcomes.ToDictionary(o => o.File, StringComparer.Ordinal);
            int opening = 0, uncut = 0, notDoubled = 0;
            var misses = new List<string>();
            for (var i = 0; i < entries.Count; i++)
            {
                var headline = Whitespace.Collapse(entries[i].GetProperty("headline").GetString() ?? "");
                var article = byFile.GetValueOrDefault(Path.GetFullPath(files[i]))?.Article;
                spanishItems++;
                if (article?.Language == "es")
                    spanishRight++;
                var firstLine = Whitespace.Collapse(File.ReadLines(files[i]).FirstOrDefault() ?? "");
                if (!string.Equals(TextFoldingKey(firstLine), TextFoldingKey(headline), StringComparison.Ordinal))
                    continue;
                opening++;
                var right = article is not null && article.Title == firstLine;
                if (right)
                    uncut++;
                else
                    misses.Add($"{Path.GetFileName(files[i])}: \"{article?.Title}\"");
                if (article is not null && (article.Paragraphs.Count == 0 || article.Paragraphs[0] != article.Title))
                    notDoubled++;
            }
            table.Add("fakenews-es: headline line is the title, uncut", opening.ToString(), uncut.ToString(), Share(uncut, opening), "≥ 51/53");
            table.Add("fakenews-es: title not repeated as first paragraph", opening.ToString(), notDoubled.ToString(), Share(notDoubled, opening), $"{opening}/{opening}");
            report.Metric("text.headlines.uncut", uncut);
            foreach (var miss in misses)
                Console.WriteLine($"    headline missed: {miss}");
        }
        else
        {
            report.Skip("text quality (fakenews-es)", $"{index} is not there: give the shared corpus with --corpus DIR (default ../shared/corpus beside the repository)");
        }

        var wireFolder = Path.Combine(workFolder, "wire-items");
        if (Directory.Exists(wireFolder))
            Directory.Delete(wireFolder, recursive: true);
        Directory.CreateDirectory(wireFolder);
        var items = new WireCopy(1987).Items(WireItems).ToList();
        var wireFiles = new List<string>();
        foreach (var item in items)
        {
            var path = Path.Combine(wireFolder, item.FileName);
            await File.WriteAllTextAsync(path, item.Text, cancellationToken);
            wireFiles.Add(path);
        }
        var wire = await QualityImport.ImportAsync(workFolder, wireFiles, cancellationToken);
        int stored = 0, endsRight = 0, signOffKept = 0, outletKnown = 0, datelines = 0, english = 0, titles = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var article = wire[i].Article;
            if (article is null)
                continue;
            var expected = items[i].Paragraphs.ToHashSet(StringComparer.Ordinal);
            var expectedEnds = items[i].Paragraphs.Select(p => p.Length > 30 ? p[^30..] : p).ToHashSet(StringComparer.Ordinal);
            foreach (var paragraph in article.Paragraphs)
            {
                stored++;
                if (expected.Contains(paragraph) || expectedEnds.Contains(paragraph.Length > 30 ? paragraph[^30..] : paragraph))
                    endsRight++;
            }
            if (article.Paragraphs.Count > 0 && items[i].SignOff == article.Paragraphs[^1].Trim())
                signOffKept++;
            if (article.Outlet?.Name == items[i].Agency)
                outletKnown++;
            if (article.DatelinePlace == items[i].DatelinePlace)
                datelines++;
            if (article.Language == "en")
                english++;
            if (article.Title == items[i].Title)
                titles++;
        }
        table.Add("wire: stored paragraphs ending where the source paragraph ends", stored.ToString(), endsRight.ToString(), Share(endsRight, stored), "≥ 98%");
        table.Add("wire: items keeping their sign-off as a paragraph", items.Count.ToString(), signOffKept.ToString(), Share(signOffKept, items.Count), "0");
        table.Add("wire: outlet named from the sign-off or dateline", items.Count.ToString(), outletKnown.ToString(), Share(outletKnown, items.Count), "");
        table.Add("wire: dateline place read", items.Count.ToString(), datelines.ToString(), Share(datelines, items.Count), "");
        table.Add("wire: headline is the title", items.Count.ToString(), titles.ToString(), Share(titles, items.Count), "");
        table.Add("language: fakenews-es items (es) + wire items (en)", (spanishItems + items.Count).ToString(), (spanishRight + english).ToString(), Share(spanishRight + english, spanishItems + items.Count), "≥ 398/400");
        report.Metric("text.language.right", spanishRight + english);
        report.Metric("text.wire.paragraphs.share", stored == 0 ? 0 : (double)endsRight / stored);

        // Short items straight through the detector: every fakenews-es headline alone, every wire headline alone.
        if (File.Exists(index))
        {
            var headlines = File.ReadLines(index).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("headline").GetString() ?? "").ToList();
            var guesses = headlines.Select(h => LanguageDetector.Detect(h).Language).ToList();
            table.Add("short: fakenews-es headline alone → es (und counted apart)", headlines.Count.ToString(),
                guesses.Count(g => g == "es").ToString(), $"{Share(guesses.Count(g => g == "es"), headlines.Count)}, und {guesses.Count(g => g == "und")}, wrong {guesses.Count(g => g == "en")}", "no wrong");
        }
        var wireTitles = items.Select(i => LanguageDetector.Detect(i.Title).Language).ToList();
        table.Add("short: wire headline alone → en (und counted apart)", wireTitles.Count.ToString(),
            wireTitles.Count(g => g == "en").ToString(), $"{Share(wireTitles.Count(g => g == "en"), wireTitles.Count)}, und {wireTitles.Count(g => g == "und")}, wrong {wireTitles.Count(g => g == "es")}", "no wrong");
    }

    private static string TextFoldingKey(string text) => TextFolding.Fold(text);

    private static string Share(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:F1}%";
}
