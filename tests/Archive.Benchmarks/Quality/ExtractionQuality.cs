using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Benchmarks.Reporting;
using Archive.Core.Text;
using SmartReader;

namespace Archive.Benchmarks.Quality;

/// <summary>
/// Issue 12's extraction goal, measured on the saved pages of <c>readability-pages</c>: every
/// <c>source.html</c> is imported by the archive's importer, and what it stored (the body's
/// paragraphs, the title) is scored against <c>expected.html</c> and <c>expected-metadata.json</c>.
/// SmartReader's raw output is scored beside it, page by page, so a page where the archive keeps less
/// than the library found points at text the cleaning removed.
/// </summary>
public static class ExtractionQuality
{
    public static async Task RunAsync(string corpusFolder, string workFolder, bool verbose, BenchmarkReport report, CancellationToken cancellationToken)
    {
        var pagesFolder = Path.Combine(corpusFolder, "readability-pages");
        if (!Directory.Exists(pagesFolder))
        {
            report.Skip("extraction quality", $"{pagesFolder} is not there: give the shared corpus with --corpus DIR (default ../shared/corpus beside the repository)");
            return;
        }
        var pages = Directory.GetDirectories(pagesFolder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
            .ToList();
        var outcomes = await QualityImport.ImportAsync(workFolder, [.. pages.Select(p => Path.Combine(p, "source.html"))], cancellationToken);
        var parser = new HtmlParser();

        var archiveScores = new List<Score>();
        var readerScores = new List<Score>();
        int titled = 0, titlesRight = 0, nonArticles = 0, nonArticlesRefused = 0, failed = 0;
        var perPage = new ReportTable("Extraction, page by page (archive vs SmartReader alone)", ["page", "archive P", "archive R", "archive F1", "reader F1", "title"]);
        for (var i = 0; i < pages.Count; i++)
        {
            var name = Path.GetFileName(pages[i]);
            var metadata = ReadMetadata(Path.Combine(pages[i], "expected-metadata.json"));
            var article = outcomes[i].Article;
            if (metadata.Readerable == false)
            {
                nonArticles++;
                if (article is null)
                    nonArticlesRefused++;
                continue;
            }
            using var expectedDocument = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(pages[i], "expected.html"), cancellationToken));
            var expected = Tokens(expectedDocument.Body?.TextContent ?? "");
            var stored = article is null ? [] : Tokens(string.Join('\n', article.Paragraphs));
            if (article is null)
                failed++;
            var archive = Score.Of(stored, expected);
            var reader = Score.Of(Tokens(SmartReaderText(await File.ReadAllTextAsync(Path.Combine(pages[i], "source.html"), cancellationToken))), expected);
            archiveScores.Add(archive);
            readerScores.Add(reader);

            var titleRight = (bool?)null;
            if (!string.IsNullOrWhiteSpace(metadata.Title))
            {
                titled++;
                titleRight = article is not null && Whitespace.Collapse(article.Title) == Whitespace.Collapse(metadata.Title);
                if (titleRight == true)
                    titlesRight++;
            }
            if (verbose || archive.F1 + 0.02 < reader.F1)
            {
                perPage.Add(name, F(archive.Precision), F(archive.Recall), F(archive.F1), F(reader.F1),
                    titleRight switch { true => "right", false => $"\"{Cut(article?.Title)}\" ≠ \"{Cut(metadata.Title)}\"", null => "–" });
                if (verbose && article is null)
                    Console.WriteLine($"    {name}: not imported: {outcomes[i].Reason}");
                if (verbose && article is not null)
                    PrintLost(name, expectedDocument, article.Paragraphs);
            }
        }

        var table = new ReportTable($"HTML extraction on readability-pages ({archiveScores.Count} article pages, {nonArticles} non-article pages)", ["extractor", "body precision", "body recall", "body F1 (mean of pages)", "body F1 (all tokens)", "title right"]);
        table.Add("Archive (SmartReader + cleaning), as stored", F(archiveScores.Average(s => s.Precision)), F(archiveScores.Average(s => s.Recall)), F(archiveScores.Average(s => s.F1)), F(Score.Pooled(archiveScores).F1), $"{titlesRight}/{titled}");
        table.Add("SmartReader alone (raw TextContent)", F(readerScores.Average(s => s.Precision)), F(readerScores.Average(s => s.Recall)), F(readerScores.Average(s => s.F1)), F(Score.Pooled(readerScores).F1), "–");
        report.Tables.Add(table);
        if (perPage.Rows.Count > 0)
            report.Tables.Add(perPage);
        Console.WriteLine($"    article pages not imported: {failed}; non-article pages refused: {nonArticlesRefused}/{nonArticles}");
        report.Metric("extraction.f1", archiveScores.Average(s => s.F1));
        report.Metric("extraction.reader.f1", readerScores.Average(s => s.F1));
        report.Metric("extraction.titles.right", titlesRight);
    }

    /// <summary>The reference's blocks the archive did not store: where the cleaning lost text.</summary>
    private static void PrintLost(string page, AngleSharp.Dom.IDocument expected, IReadOnlyList<string> stored)
    {
        var kept = string.Join(' ', stored.Select(Whitespace.Collapse));
        var lost = expected.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, figcaption, dt, dd")
            .Where(e => e.QuerySelector("p, li, pre, blockquote, td") is null)
            .Select(e => Whitespace.Collapse(e.TextContent))
            .Where(t => t.Length > 0 && !kept.Contains(t, StringComparison.Ordinal))
            .ToList();
        foreach (var text in lost.Take(6))
            Console.WriteLine($"    {page}: lost \"{Cut(text)}\"");
        if (lost.Count > 6)
            Console.WriteLine($"    {page}: … {lost.Count - 6} more blocks lost");
    }

    private static string SmartReaderText(string html)
    {
        try
        {
            var article = new Reader("https://archive.invalid/", html).GetArticle();
            return article.IsReadable ? article.TextContent ?? "" : "";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return "";
        }
    }

    /// <summary>Lower-cased runs of letters and digits: the token-level measure extraction benchmarks use.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return tokens;
    }

    private static Metadata ReadMetadata(string path)
    {
        if (!File.Exists(path))
            return new Metadata(null, null);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new Metadata(
            root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null,
            root.TryGetProperty("readerable", out var readerable) && readerable.ValueKind is JsonValueKind.True or JsonValueKind.False ? readerable.GetBoolean() : null);
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Cut(string? text) => text is null ? "" : text.Length <= 60 ? text : text[..60] + "…";

    private sealed record Metadata(string? Title, bool? Readerable);

    /// <summary>Bag-of-tokens overlap between what was extracted and the reference.</summary>
    private sealed record Score(int Overlap, int Extracted, int Expected)
    {
        public double Precision => Extracted == 0 ? (Expected == 0 ? 1 : 0) : (double)Overlap / Extracted;
        public double Recall => Expected == 0 ? 1 : (double)Overlap / Expected;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Score Of(List<string> extracted, List<string> expected)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in expected)
                counts[token] = counts.GetValueOrDefault(token) + 1;
            var overlap = 0;
            foreach (var token in extracted)
            {
                if (counts.TryGetValue(token, out var n) && n > 0)
                {
                    overlap++;
                    counts[token] = n - 1;
                }
            }
            return new Score(overlap, extracted.Count, expected.Count);
        }

        public static Score Pooled(IEnumerable<Score> scores) =>
            scores.Aggregate(new Score(0, 0, 0), (a, b) => new Score(a.Overlap + b.Overlap, a.Extracted + b.Extracted, a.Expected + b.Expected));
    }
}
