using System.Diagnostics;
using Archive.Benchmarks.Reporting;
using Archive.Core.Importing;

namespace Archive.Benchmarks.Importing;

/// <summary>
/// Where the importer's time goes, step by step: each step of the pipeline run alone, on one
/// thread, over the same sample of corpus files, in CPU microseconds per article. The importer
/// itself runs the read-to-normalise steps on every core ahead of its one database writer, so
/// these figures say which step to make cheaper, not how long an import takes. A step added to
/// the pipeline gets its row here.
/// </summary>
public static class ImportStepTimings
{
    private const int SampleSize = 5000;
    private const int Rounds = 3;

    public static ReportTable Measure(IReadOnlyList<string> files, BenchmarkReport report)
    {
        var sample = files.Take(SampleSize).ToList();
        var table = new ReportTable($"1b. Importer steps alone ({sample.Count:N0} files, one thread, best of {Rounds})",
            ["step", "µs per article", "share", "KB allocated per article"]);
        var format = new TextArticleFormat();
        var normalizer = ArticleNormalizer.Default;

        var bytes = new List<byte[]>(sample.Count);
        var read = Best(() =>
        {
            bytes.Clear();
            foreach (var file in sample)
                bytes.Add(File.ReadAllBytes(file));
        });
        var parsed = new List<ParsedArticle>(sample.Count);
        var parse = Best(() =>
        {
            parsed.Clear();
            for (var i = 0; i < bytes.Count; i++)
            {
                if (format.Parse(bytes[i], sample[i]).Article is { } article)
                    parsed.Add(article);
            }
        });
        var normalized = new List<NormalizedArticle>(parsed.Count);
        var normalize = Best(() =>
        {
            normalized.Clear();
            foreach (var article in parsed)
            {
                if (normalizer.Normalize(article) is { } done)
                    normalized.Add(done);
            }
        });
        var hash = Best(() =>
        {
            foreach (var article in normalized)
                ContentHash.Compute(article.Article);
        });
        var entities = Best(() =>
        {
            foreach (var article in normalized)
                Core.Entities.EntityExtractor.Default.Extract(article.Article.TitleDerived ? null : article.Article.Title, article.Article.Paragraphs, article.Language);
        });
        var signature = Best(() =>
        {
            foreach (var article in normalized)
                Core.Copies.MinHash.Compute(article.Article.Paragraphs);
        });
        var compress = Best(() =>
        {
            foreach (var content in bytes)
                SourceContent.Compress(content);
        });

        var steps = new (string Name, string Key, (double Seconds, long Bytes) Cost)[]
        {
            ("source file read (open, read, close)", "read", read),
            ("format: text parse (decode, lines, noise rules, hard wrap, headline)", "format", parse),
            ("normalise (whitespace, sign-off, dateline, language, outlet, word count, content hash)", "normalise", normalize),
            ("  of which content hash", "hash", hash),
            ("entities (tokenise, gazetteer, cues, resolve)", "entities", entities),
            ("copy signature (MinHash, 128 hashes)", "minhash", signature),
            ("source kept: gzip (fastest)", "gzip", compress),
        };
        var total = read.Seconds + parse.Seconds + normalize.Seconds + entities.Seconds + signature.Seconds + compress.Seconds;
        var totalBytes = read.Bytes + parse.Bytes + normalize.Bytes + entities.Bytes + signature.Bytes + compress.Bytes;
        var articles = Math.Max(1, sample.Count);
        foreach (var (name, key, (seconds, allocated)) in steps)
        {
            var perArticle = seconds * 1e6 / articles;
            var kilobytes = allocated / 1024.0 / articles;
            table.Add(name, Format.Number(perArticle, 1), Format.Number(100 * seconds / total, 0) + "%", Format.Number(kilobytes, 1));
            report.Metric($"import.steps.{key}.microsecondsPerArticle", perArticle);
            report.Metric($"import.steps.{key}.kilobytesAllocatedPerArticle", kilobytes);
        }
        table.Add("together, before the database writer", Format.Number(total * 1e6 / articles, 1), "100%", Format.Number(totalBytes / 1024.0 / articles, 1));
        table.Notes.Add("De-duplicate, batch write (SQLite) and the run log run on the writer thread; their cost is the importer row above minus what the cores hide of these steps.");
        return table;
    }

    /// <summary>The least CPU time of the rounds, and the bytes one round allocates on this thread.</summary>
    private static (double Seconds, long Bytes) Best(Action step)
    {
        var best = double.MaxValue;
        var bytes = 0L;
        for (var round = 0; round < Rounds; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            step();
            clock.Stop();
            // Garbage is what the importer's cores share with the collector: on two cores it costs more than it does here, alone.
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            // CPU time, not wall time: on a shared machine the wall clock counts other processes' turns.
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            best = Math.Min(best, Math.Min(used, clock.Elapsed.TotalSeconds));
        }
        return (best, bytes);
    }
}
