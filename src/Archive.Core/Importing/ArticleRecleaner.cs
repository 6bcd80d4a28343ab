using System.Globalization;
using System.Text;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Importing;

/// <summary>
/// Applies today's cleaning to the articles already stored (<c>reclean</c>): each article's source is
/// parsed and normalised again, exactly as an import would, and what differs is written as an update
/// of that article, recorded on a run of its own and sent to the search index through the outbox.
/// A dry run computes the same changes and writes nothing.
/// </summary>
public sealed class ArticleRecleaner(ArchiveDbContext db, ImportOptions options, ILogger<ArticleRecleaner> logger, TimeProvider time, ArticleFormatRegistry formats)
{
    private const int BatchSize = 200;
    private readonly ArticleNormalizer _normalizer = new(WireConventions.Default, OutletDetector.Default, options.DatelineYear);

    public async Task<RecleanSummary> RecleanAsync(bool dryRun, CancellationToken cancellationToken = default)
    {
        int? runId = null;
        if (!dryRun)
        {
            var run = new ImportRun { StartedAt = time.GetUtcNow().UtcDateTime, Source = "reclean", Status = ImportRunStatus.Running };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            runId = run.Id;
        }

        var outlets = new RecleanOutlets(
            await db.Outlets.AsNoTracking().ToDictionaryAsync(o => o.Name, o => o.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
            (await db.Outlets.AsNoTracking().Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));
        var results = new List<RecleanChange>();
        int examined = 0, changed = 0, skipped = 0, lastId = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var batch = await db.Articles.Include(a => a.Outlet).Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            lastId = batch[^1].Id;
            var paths = await RecordedPathsAsync(batch.Select(a => a.Id).ToList(), cancellationToken);
            var touched = new List<(Article Article, RecleanChange Change)>();
            foreach (var article in batch)
            {
                examined++;
                var change = Reclean(article, paths.GetValueOrDefault(article.Id), outlets);
                if (change is null)
                    continue;
                results.Add(change);
                if (change.Skipped is not null)
                {
                    skipped++;
                    continue;
                }
                changed++;
                touched.Add((article, change));
            }
            if (dryRun || touched.Count == 0)
                continue;

            var hashes = touched.Select(t => t.Article.ContentHash).ToList();
            var taken = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash)).Select(a => new { a.Id, a.ContentHash }).ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var (article, change) in touched)
            {
                if (taken.Any(t => t.ContentHash == article.ContentHash && t.Id != article.Id))
                {
                    // Cleaned, it would be the same text as another article: the unique hash keeps one copy, so this one is left as it was.
                    db.Entry(article).State = EntityState.Unchanged;
                    db.Entry(article).Reload();
                    changed--;
                    skipped++;
                    results[results.IndexOf(change)] = change with { Skipped = "its cleaned text equals another article's" };
                    continue;
                }
                db.ImportRunFiles.Add(new ImportRunFile
                {
                    ImportRunId = runId!.Value,
                    Path = article.SourceFile,
                    Outcome = ImportFileOutcome.Imported,
                    ArticleId = article.Id,
                    Reason = ImportReason.Of(ImportReasonCode.Recleaned, string.Join(", ", change.Changes)).Describe(),
                    ReasonCode = ImportReasonCode.Recleaned,
                    ReasonArguments = ImportReason.Of(ImportReasonCode.Recleaned, string.Join(", ", change.Changes)).ArgumentsJson(),
                });
                db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = article.Id, EnqueuedAt = now });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (runId is { } id)
        {
            db.ChangeTracker.Clear();
            var finished = time.GetUtcNow().UtcDateTime;
            await db.ImportRuns.Where(r => r.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ImportRunStatus.Completed)
                    .SetProperty(r => r.FinishedAt, finished)
                    .SetProperty(r => r.FilesSeen, changed)
                    .SetProperty(r => r.FilesDone, changed)
                    .SetProperty(r => r.Imported, changed),
                cancellationToken);
        }
        logger.LogInformation(
            "Reclean {Mode}: {Examined} article(s) examined, {Changed} changed, {Skipped} skipped",
            dryRun ? "dry run" : "applied", examined, changed, skipped);
        return new RecleanSummary(runId, examined, changed, skipped, results);
    }

    private async Task<Dictionary<int, string>> RecordedPathsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.ImportRunFiles.AsNoTracking()
            .Where(f => f.ArticleId != null && ids.Contains(f.ArticleId.Value) && f.Outcome == ImportFileOutcome.Imported)
            .Select(f => new { ArticleId = f.ArticleId!.Value, f.Path })
            .ToListAsync(cancellationToken);
        var paths = new Dictionary<int, string>();
        foreach (var row in rows)
        {
            if (Path.IsPathFullyQualified(row.Path))
                paths[row.ArticleId] = row.Path;
        }
        return paths;
    }

    /// <summary>The article cleaned again (changed in place), or null when today's cleaning changes nothing.</summary>
    private RecleanChange? Reclean(Article article, string? recordedPath, RecleanOutlets outlets)
    {
        var (source, content) = SourceOf(article, recordedPath);
        var format = source == RecleanSource.Rebuilt ? formats.Find(".txt") : formats.Find(article.SourceFile);
        if (format is null)
            return null;
        ArticleParseResult parsed;
        try
        {
            parsed = format.Parse(content, article.SourceFile);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new RecleanChange(article.Id, article.Title, source, [], $"its source could not be parsed: {exception.Message}");
        }
        var read = parsed.Article;
        if (read is not null && source == RecleanSource.Rebuilt && !article.TitleDerived)
            read = read with { Title = article.Title, TitleDerived = false };
        if (read is null || _normalizer.Normalize(read) is not { } normalized)
            return new RecleanChange(article.Id, article.Title, source, [], $"today's cleaning finds no article in it ({parsed.FailureReason})");

        var changes = new List<string>();
        var result = normalized.Article;
        if (!result.Paragraphs.SequenceEqual(article.Paragraphs, StringComparer.Ordinal))
            changes.Add(Invariant($"paragraphs {article.Paragraphs.Count} → {result.Paragraphs.Count}"));
        // A title an editor could not have chosen (derived) or the source declared is re-read; so is one the old rules cut.
        if (result.Title != article.Title && (source != RecleanSource.Rebuilt || article.TitleDerived))
            changes.Add(Invariant($"title \"{article.Title}\" → \"{result.Title}\""));
        if (normalized.Language != article.Language)
            changes.Add(Invariant($"language {article.Language} → {normalized.Language}"));
        var datelineText = normalized.Dateline?.Text;
        if (datelineText != article.DatelineText)
            changes.Add(Invariant($"dateline {article.DatelineText ?? "none"} → {datelineText ?? "none"}"));
        var outletChanged = article.OutletId is null && normalized.OutletName is not null;
        if (outletChanged)
            changes.Add(Invariant($"outlet → {normalized.OutletName}"));
        var published = article.PublishedAt ?? normalized.PublishedAt;
        if (published != article.PublishedAt)
            changes.Add(Invariant($"published → {published:yyyy-MM-dd}"));
        if (changes.Count == 0)
            return null;

        if (changes.Exists(c => c.StartsWith("title", StringComparison.Ordinal)))
        {
            article.Title = result.Title;
            article.TitleDerived = result.TitleDerived;
            article.Slug = Slugs.FromTitle(result.Title);
        }
        article.Paragraphs = [.. result.Paragraphs];
        article.Lead = TextCuts.AtWordBoundary(result.Paragraphs[0], Article.LeadLength);
        article.WordCount = normalized.WordCount;
        article.Language = normalized.Language;
        article.DatelinePlace = normalized.Dateline is { } d ? Cut(d.Place, Article.DatelinePlaceMaxLength) : null;
        article.DatelineText = datelineText is null ? null : Cut(datelineText, Article.DatelineTextMaxLength);
        article.PublishedAt = published;
        article.ContentHash = ContentHash.Compute(article.Title, article.Paragraphs);
        article.RemovedLines = [.. result.RemovedLines.Select(l => new RemovedLine { LineNumber = l.LineNumber, Text = l.Text, Rule = l.Rule })];
        // From now on the article keeps the source it was cleaned from, so a second reclean starts from the same text.
        if (source != RecleanSource.Stored)
            article.SourceContent = SourceContent.Compress(content);
        if (outletChanged)
            outlets.Assign(article, normalized.OutletName!, db);
        return new RecleanChange(article.Id, result.Title, source, changes);
    }

    private (RecleanSource Source, byte[] Content) SourceOf(Article article, string? recordedPath)
    {
        if (article.SourceContent is { } stored)
            return (RecleanSource.Stored, SourceContent.Decompress(stored));
        if (recordedPath is not null && File.Exists(recordedPath))
        {
            try
            {
                if (new FileInfo(recordedPath).Length <= options.MaxFileBytes)
                    return (RecleanSource.OriginalFile, File.ReadAllBytes(recordedPath));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Reclean: article {ArticleId}'s file {Path} could not be read: {Reason}", article.Id, recordedPath, exception.Message);
            }
        }
        // Stored paragraphs, one per line below the title, as the old importer left them; the text rules read them again.
        var text = new StringBuilder();
        if (!article.TitleDerived)
            text.Append(article.Title).Append("\n\n");
        foreach (var paragraph in article.Paragraphs)
            text.Append(paragraph).Append('\n');
        return (RecleanSource.Rebuilt, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Outlets by name while re-cleaning; one a sign-off newly names is created once, with a free slug.</summary>
    private sealed class RecleanOutlets(Dictionary<string, int> ids, HashSet<string> slugs)
    {
        private readonly Dictionary<string, Outlet> _created = new(StringComparer.OrdinalIgnoreCase);

        public void Assign(Article article, string name, ArchiveDbContext db)
        {
            if (ids.TryGetValue(name, out var id))
            {
                article.OutletId = id;
                return;
            }
            if (!_created.TryGetValue(name, out var outlet))
            {
                outlet = new Outlet { Name = name, Slug = Slugs.WithUniqueSuffix(Slugs.FromTitle(name), s => !slugs.Add(s)) };
                db.Outlets.Add(outlet);
                _created[name] = outlet;
            }
            article.Outlet = outlet;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : TextCuts.AtWordBoundary(text, max);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
