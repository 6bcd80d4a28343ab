using System.Globalization;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Archive.Core.Search;
using Archive.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Importing;

public sealed class ImportOptions
{
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
    public int BatchSize { get; set; } = 200;
}

public sealed record ImportFileReport(string Path, ImportFileOutcome Outcome, string? Reason, int? ArticleId);

public sealed record ImportSummary(
    int ImportRunId, int FilesSeen, int Imported, int Duplicates, int Failed, IReadOnlyList<ImportFileReport> Files);

public sealed record ImportProgress(int FilesDone, int FilesTotal, int Imported, int Duplicates, int Failed);

/// <summary>
/// Turns article files (a file or a folder, recursively) into stored Articles, once each.
/// Each batch of files commits in one transaction together with its ImportRun rows and search
/// outbox entries. The importer owns the context while it runs: it clears the change tracker
/// between batches.
/// </summary>
public sealed class ArticleImporter(
    ArchiveDbContext db,
    ImportOptions options,
    ILogger<ArticleImporter> logger,
    IEnumerable<IArticleFormat> formats,
    DiagnosticHalt? halt = null)
{
    public const string UpdatedReason = "updated";
    public const int MaxLeadLength = 300;
    private const int MaxTitleLength = 500;
    private const int MaxSourceLength = 2000;

    private readonly Dictionary<string, IArticleFormat> _formats = IndexByExtension(formats);
    private readonly OutletDetector _outletDetector = OutletDetector.Default;

    /// <summary>Imports plain-text articles only.</summary>
    public ArticleImporter(ArchiveDbContext db, ImportOptions options, ILogger<ArticleImporter> logger)
        : this(db, options, logger, ArticleFormats.CreateAll())
    {
    }

    public IReadOnlyCollection<string> SupportedExtensions => _formats.Keys;

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        string source,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(source);
        var files = ListFiles(paths);

        var run = new ImportRun
        {
            StartedAt = DateTime.UtcNow,
            Source = source.Length <= MaxSourceLength ? source : source[..MaxSourceLength],
            Status = ImportRunStatus.Running,
            FilesSeen = files.Count,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Import {ImportRunId} started: {FileCount} file(s) from {Source}", run.Id, files.Count, run.Source);
        return await RunAsync(run.Id, files, new Totals(), recordRelativePaths: false, alreadyDone: 0, progress, cancellationToken);
    }

    /// <summary>
    /// Imports the staged files of an existing run (an upload, queued or cut short) into that same
    /// run. Files the run already recorded are skipped, so a resumed run counts nothing twice: each
    /// batch committed its files, articles and counts together. Files are recorded by their path
    /// inside the staging folder. A run whose staging folder is gone is marked Interrupted.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(
        int importRunId,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == importRunId, cancellationToken)
            ?? throw new InvalidOperationException($"Import run {importRunId} does not exist.");
        var totals = new Totals(run.Imported, run.Duplicates, run.Failed);
        if (run.Status is ImportRunStatus.Completed or ImportRunStatus.Failed)
        {
            // Finished for good: running it again would only add nothing or, worse, mark it Interrupted.
            return new ImportSummary(run.Id, run.FilesSeen, totals.Imported, totals.Duplicates, totals.Failed, []);
        }
        if (run.StagingFolder is null || !Directory.Exists(run.StagingFolder))
        {
            await FinishRunAsync(run.Id, ImportRunStatus.Interrupted, StagingGoneReason);
            logger.LogWarning("Import {ImportRunId} cannot go on: its staged files are gone", run.Id);
            return new ImportSummary(run.Id, run.FilesSeen, totals.Imported, totals.Duplicates, totals.Failed, []);
        }

        var recorded = (await db.ImportRunFiles.AsNoTracking()
                .Where(f => f.ImportRunId == run.Id)
                .Select(f => f.Path)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var files = ListFiles([run.StagingFolder]).Where(f => !recorded.Contains(f.RelativeName)).ToList();
        var filesSeen = recorded.Count + files.Count;
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ImportRunStatus.Running)
                .SetProperty(r => r.StatusReason, (string?)null)
                .SetProperty(r => r.FinishedAt, (DateTime?)null)
                .SetProperty(r => r.FilesSeen, filesSeen)
                .SetProperty(r => r.FilesDone, recorded.Count),
            cancellationToken);
        logger.LogInformation(
            "Import {ImportRunId} {Action}: {FileCount} staged file(s) to go, {Recorded} already recorded",
            run.Id, run.Status == ImportRunStatus.Queued ? "started" : "resumed", files.Count, recorded.Count);
        return await RunAsync(run.Id, files, totals, recordRelativePaths: true, alreadyDone: recorded.Count, progress, cancellationToken);
    }

    public const string StagingGoneReason = "the uploaded files are no longer in the staging folder";

    private async Task<ImportSummary> RunAsync(
        int runId,
        List<SourceFile> files,
        Totals totals,
        bool recordRelativePaths,
        int alreadyDone,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.BatchSize);
        var filesTotal = alreadyDone + files.Count;
        var reports = new List<ImportFileReport>(files.Count);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batches = files.Chunk(batchSize).ToList();
        Task<Candidate[]>? nextBatch = null;
        try
        {
            var outlets = await OutletCache.LoadAsync(db, cancellationToken);
            // Files for the next batch are read and parsed on other cores while this one is written.
            nextBatch = batches.Count > 0 ? PrepareAsync(batches[0]) : null;
            for (var i = 0; i < batches.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var candidates = await nextBatch!;
                nextBatch = i + 1 < batches.Count ? PrepareAsync(batches[i + 1]) : null;
                var batchReports = await ImportBatchAsync(runId, candidates, outlets, recordRelativePaths, cancellationToken);
                foreach (var report in batchReports)
                {
                    totals.Add(report.Outcome);
                    reports.Add(report);
                    progress?.Report(new ImportProgress(alreadyDone + reports.Count, filesTotal, totals.Imported, totals.Duplicates, totals.Failed));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishRunAsync(runId, ImportRunStatus.Interrupted);
            logger.LogWarning("Import {ImportRunId} interrupted after {FilesDone} of {FileCount} file(s)", runId, alreadyDone + reports.Count, filesTotal);
            throw;
        }
        catch (Exception exception)
        {
            await FinishRunAsync(runId, ImportRunStatus.Failed, exception.Message);
            logger.LogError(exception, "Import {ImportRunId} failed after {FilesDone} of {FileCount} file(s)", runId, alreadyDone + reports.Count, filesTotal);
            throw;
        }
        finally
        {
            if (nextBatch is not null)
                await nextBatch;
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        await FinishRunAsync(runId, ImportRunStatus.Completed);
        logger.LogInformation(
            "Import {ImportRunId} completed: {FileCount} file(s), {Imported} imported, {Duplicates} duplicate(s), {Failed} failed",
            runId, filesTotal, totals.Imported, totals.Duplicates, totals.Failed);
        return new ImportSummary(runId, filesTotal, totals.Imported, totals.Duplicates, totals.Failed, reports);
    }

    private Task<Candidate[]> PrepareAsync(SourceFile[] batch) => Task.Run(() =>
    {
        var candidates = new Candidate[batch.Length];
        Parallel.For(0, batch.Length, i => candidates[i] = Prepare(batch[i]));
        return candidates;
    });

    private async Task<List<ImportFileReport>> ImportBatchAsync(
        int runId, Candidate[] candidates, OutletCache outlets, bool recordRelativePaths, CancellationToken cancellationToken)
    {
        var parsed = candidates.Where(c => c.Article is not null).ToList();
        var hashes = parsed.Select(c => c.Hash).Distinct().ToList();
        var existingByHash = hashes.Count == 0
            ? []
            : await db.Articles.AsNoTracking()
                .Where(a => hashes.Contains(a.ContentHash))
                .Select(a => new { a.Id, a.ContentHash })
                .ToDictionaryAsync(a => a.ContentHash, a => a.Id, cancellationToken);
        var byUrl = await LoadArticlesByUrlAsync(
            parsed.Where(c => !existingByHash.ContainsKey(c.Hash)).Select(c => c.Article!.CanonicalUrl), cancellationToken);

        var decisions = new List<Decision>(candidates.Length);
        var addedByHash = new Dictionary<string, Article>(StringComparer.Ordinal);
        var touched = new List<(Article Article, string? OutletName)>();
        var anyUpdate = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Article is null)
            {
                decisions.Add(new Decision(candidate, ImportFileOutcome.Failed, candidate.FailureReason, null, null));
                continue;
            }
            if (existingByHash.TryGetValue(candidate.Hash, out var existingId))
            {
                decisions.Add(new Decision(candidate, ImportFileOutcome.Duplicate, null, existingId, null));
                continue;
            }
            if (addedByHash.TryGetValue(candidate.Hash, out var sameInBatch))
            {
                decisions.Add(new Decision(candidate, ImportFileOutcome.Duplicate, null, null, sameInBatch));
                continue;
            }

            var url = candidate.Article.CanonicalUrl;
            if (url is not null && byUrl.TryGetValue(url, out var sameUrl))
            {
                Fill(sameUrl, candidate, runId);
                anyUpdate |= sameUrl.Id != 0;
                addedByHash[candidate.Hash] = sameUrl;
                var index = touched.FindIndex(t => t.Article == sameUrl);
                if (index >= 0)
                    touched[index] = (sameUrl, candidate.OutletName);
                else
                    touched.Add((sameUrl, candidate.OutletName));
                decisions.Add(new Decision(candidate, ImportFileOutcome.Imported, UpdatedReason, null, sameUrl));
                continue;
            }

            var article = new Article
            {
                Slug = "",
                Title = "",
                Language = "",
                Lead = "",
                SourceFile = "",
                ContentHash = "",
            };
            Fill(article, candidate, runId);
            addedByHash[candidate.Hash] = article;
            if (url is not null)
                byUrl[url] = article;
            touched.Add((article, candidate.OutletName));
            decisions.Add(new Decision(candidate, ImportFileOutcome.Imported, null, null, article));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            using (var writer = new ImportBatchWriter(db))
            {
                foreach (var (article, outletName) in touched)
                {
                    article.OutletId = outlets.IdOf(outletName, writer);
                    if (article.Id == 0)
                        writer.Insert(article);
                }
                if (anyUpdate)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                }

                foreach (var decision in decisions)
                {
                    writer.Insert(new ImportRunFile
                    {
                        ImportRunId = runId,
                        Path = recordRelativePaths ? decision.Candidate.File.RelativeName : decision.Candidate.File.FullPath,
                        Outcome = decision.Outcome,
                        Reason = decision.Reason,
                        ArticleId = decision.ArticleId,
                    });
                }
                var now = DateTime.UtcNow;
                foreach (var (article, _) in touched)
                    writer.Insert(new SearchOutboxEntry { ArticleId = article.Id, EnqueuedAt = now });
            }

            var imported = decisions.Count(d => d.Outcome == ImportFileOutcome.Imported);
            var duplicates = decisions.Count(d => d.Outcome == ImportFileOutcome.Duplicate);
            var failed = decisions.Count(d => d.Outcome == ImportFileOutcome.Failed);
            await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Imported, r => r.Imported + imported)
                    .SetProperty(r => r.Duplicates, r => r.Duplicates + duplicates)
                    .SetProperty(r => r.Failed, r => r.Failed + failed)
                    .SetProperty(r => r.FilesDone, r => r.FilesDone + decisions.Count),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        (halt ?? DiagnosticHalt.Off).Reached(HaltPoint.AfterImportBatch);
        outlets.Committed();
        db.ChangeTracker.Clear();

        var reports = new List<ImportFileReport>(decisions.Count);
        foreach (var decision in decisions)
        {
            Log(runId, decision);
            reports.Add(new ImportFileReport(decision.Candidate.File.FullPath, decision.Outcome, decision.Reason, decision.ArticleId));
        }
        return reports;
    }

    private Candidate Prepare(SourceFile file)
    {
        try
        {
            return PrepareCore(file);
        }
        catch (Exception exception)
        {
            // One odd file must not end the batch; the reason and the exception go to the report and the log.
            return Candidate.Failed(file, $"could not process the file: {exception.Message}", exception);
        }
    }

    private Candidate PrepareCore(SourceFile file)
    {
        if (file.MissingReason is not null)
            return Candidate.Failed(file, file.MissingReason);

        var extension = Path.GetExtension(file.FullPath).ToLowerInvariant();
        if (!_formats.TryGetValue(extension, out var format))
        {
            return Candidate.Failed(file, extension.Length == 0
                ? "unsupported file type (no extension)"
                : $"unsupported file type ({extension})");
        }

        byte[] content;
        try
        {
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            // The size is checked before a single byte is read, so an oversized file costs no memory.
            var length = RandomAccess.GetLength(handle);
            if (length > options.MaxFileBytes)
                return Candidate.Failed(file, TooLarge(length));
            content = new byte[length];
            var read = 0;
            while (read < content.Length)
            {
                var n = RandomAccess.Read(handle, content.AsSpan(read), read);
                if (n == 0)
                    break;
                read += n;
            }
            if (read < content.Length)
                content = content[..read];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Candidate.Failed(file, $"could not read the file: {exception.Message}");
        }

        switch (TextDecoding.Inspect(content))
        {
            case ContentKind.Empty:
                return Candidate.Failed(file, "empty file");
            case ContentKind.WhitespaceOnly:
                return Candidate.Failed(file, "the file holds only whitespace");
            case ContentKind.Binary:
                return Candidate.Failed(file, "binary file (it contains NUL bytes), not text");
        }

        ArticleParseResult result;
        try
        {
            result = format.Parse(content, file.RelativeName);
        }
        catch (Exception exception)
        {
            return Candidate.Failed(file, $"could not parse the file: {exception.Message}", exception);
        }
        if (result.Article is not { } parsed)
            return Candidate.Failed(file, result.FailureReason ?? "not an article");
        if (Tidy(parsed) is not { } article)
            return Candidate.Failed(file, "no article text in the file");

        var language = NormalizeLanguage(article.Language)
            ?? LanguageDetector.Detect(article.Paragraphs.Prepend(article.Title)).Language;
        var outlet = string.IsNullOrWhiteSpace(article.OutletName)
            ? _outletDetector.Detect(article.Paragraphs, article.RemovedLines)
            : Whitespace.Collapse(article.OutletName);
        return new Candidate(file)
        {
            Article = article,
            Hash = ContentHash.Compute(article),
            Language = language,
            OutletName = outlet,
            WordCount = WordCounter.Count(article.Paragraphs),
        };
    }

    /// <summary>
    /// Holds every format to the same shape: collapsed whitespace, no empty paragraphs, and a title
    /// derived from the text when the source gave none. Null when no text is left.
    /// </summary>
    private static ParsedArticle? Tidy(ParsedArticle parsed)
    {
        // U+FFFE survives HTML parsing too, and hashing (normalization) and indexing throw on it.
        var paragraphs = parsed.Paragraphs.Select(p => Whitespace.Collapse(TextDecoding.WithoutNoncharacters(p))).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0)
            return null;
        var title = Whitespace.Collapse(TextDecoding.WithoutNoncharacters(parsed.Title));
        return title.Length == 0
            ? parsed with { Title = TextArticleFormat.DeriveTitle(paragraphs[0]), TitleDerived = true, Paragraphs = paragraphs }
            : parsed with { Title = title, Paragraphs = paragraphs };
    }

    private static void Fill(Article article, Candidate candidate, int runId)
    {
        var parsed = candidate.Article!;
        var title = parsed.Title;
        article.Title = title.Length <= MaxTitleLength ? title : TextCuts.AtWordBoundary(title, MaxTitleLength);
        article.Slug = Slugs.FromTitle(article.Title);
        article.TitleDerived = parsed.TitleDerived;
        article.Language = candidate.Language;
        article.Paragraphs = [.. parsed.Paragraphs];
        article.Lead = TextCuts.AtWordBoundary(parsed.Paragraphs[0], MaxLeadLength);
        article.WordCount = candidate.WordCount;
        article.SourceFile = candidate.File.RelativeName;
        article.ContentHash = candidate.Hash;
        article.ImportedAt = DateTime.UtcNow;
        article.PublishedAt = parsed.PublishedAt;
        article.Byline = parsed.Byline;
        article.CanonicalUrl = parsed.CanonicalUrl;
        article.ImportRunId = runId;
        article.RemovedLines = [.. parsed.RemovedLines.Select(l => new RemovedLine { LineNumber = l.LineNumber, Text = l.Text, Rule = l.Rule })];
    }

    private async Task<Dictionary<string, Article>> LoadArticlesByUrlAsync(IEnumerable<string?> urls, CancellationToken cancellationToken)
    {
        var wanted = urls.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, Article>(StringComparer.Ordinal);
        var articles = await db.Articles
            .Where(a => a.CanonicalUrl != null && wanted.Contains(a.CanonicalUrl))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        // Should two stored articles share a URL, the latest one is the one re-imports update.
        var byUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
            byUrl[article.CanonicalUrl!] = article;
        return byUrl;
    }

    private void Log(int runId, Decision decision)
    {
        var file = decision.Candidate.File;
        if (decision.Candidate.Article?.EncodingFallback is { } encoding)
        {
            logger.LogWarning(
                "Import {ImportRunId}: {File} is not valid UTF-8; read it as {Encoding}", runId, file.RelativeName, encoding);
        }
        if (decision.Outcome == ImportFileOutcome.Failed)
        {
            logger.LogWarning(
                decision.Candidate.Exception,
                "Import {ImportRunId}: {File} failed: {Reason}", runId, file.FullPath, decision.Reason);
        }
    }

    private async Task FinishRunAsync(int runId, ImportRunStatus status, string? reason = null)
    {
        db.ChangeTracker.Clear();
        var finishedAt = DateTime.UtcNow;
        if (reason is { Length: > MaxSourceLength })
            reason = reason[..MaxSourceLength];
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, status)
                .SetProperty(r => r.FinishedAt, finishedAt)
                .SetProperty(r => r.StatusReason, reason),
            CancellationToken.None);
    }

    private string TooLarge(long length) => string.Create(
        CultureInfo.InvariantCulture,
        $"file too large: {length:N0} bytes, the limit is {options.MaxFileBytes:N0}");

    /// <summary>"es-ES" → "es"; a declared language the archive does not hold is detected instead.</summary>
    private static string? NormalizeLanguage(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared) || declared.Length < 2)
            return null;
        var code = declared[..2].ToLowerInvariant();
        return code is LanguageDetector.Spanish or LanguageDetector.English ? code : null;
    }

    private static List<SourceFile> ListFiles(IReadOnlyList<string> paths)
    {
        var files = new List<SourceFile>();
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        foreach (var path in paths)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(path);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                files.Add(new SourceFile(path, path, $"invalid path: {exception.Message}"));
                continue;
            }

            if (File.Exists(fullPath))
            {
                files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), null));
            }
            else if (Directory.Exists(fullPath))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(fullPath, "*", enumeration)
                        .Select(file => new SourceFile(file, Path.GetRelativePath(fullPath, file).Replace('\\', '/'), null))
                        .OrderBy(file => file.RelativeName, StringComparer.Ordinal));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), $"could not list the folder: {exception.Message}"));
                }
            }
            else
            {
                files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), "path not found"));
            }
        }
        return files;
    }

    private static Dictionary<string, IArticleFormat> IndexByExtension(IEnumerable<IArticleFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var byExtension = new Dictionary<string, IArticleFormat>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in formats)
        {
            foreach (var extension in format.Extensions)
                byExtension[extension.StartsWith('.') ? extension : "." + extension] = format;
        }
        if (byExtension.Count == 0)
        {
            throw new ArgumentException(
                "The importer needs at least one article format; register TextArticleFormat as an IArticleFormat.",
                nameof(formats));
        }
        return byExtension;
    }

    private sealed record SourceFile(string FullPath, string RelativeName, string? MissingReason);

    private sealed class Candidate(SourceFile file)
    {
        public SourceFile File { get; } = file;
        public ParsedArticle? Article { get; init; }
        public string? FailureReason { get; private init; }
        public Exception? Exception { get; private init; }
        public string Hash { get; init; } = "";
        public string Language { get; init; } = LanguageDetector.Spanish;
        public string? OutletName { get; init; }
        public int WordCount { get; init; }

        public static Candidate Failed(SourceFile file, string reason, Exception? exception = null) =>
            new(file) { FailureReason = reason, Exception = exception };
    }

    /// <summary>
    /// What became of one file. A duplicate of an article added earlier in the same batch only
    /// learns that article's id once the batch is saved, hence the entity reference.
    /// </summary>
    private sealed record Decision(Candidate Candidate, ImportFileOutcome Outcome, string? GivenReason, int? ExistingId, Article? Entity)
    {
        public int? ArticleId => Outcome == ImportFileOutcome.Failed ? null : ExistingId ?? Entity?.Id;

        public string? Reason => Outcome == ImportFileOutcome.Duplicate
            ? string.Create(CultureInfo.InvariantCulture, $"duplicate of article {ArticleId}")
            : GivenReason;
    }

    private sealed class Totals(int imported = 0, int duplicates = 0, int failed = 0)
    {
        public int Imported { get; private set; } = imported;
        public int Duplicates { get; private set; } = duplicates;
        public int Failed { get; private set; } = failed;

        public void Add(ImportFileOutcome outcome)
        {
            switch (outcome)
            {
                case ImportFileOutcome.Imported:
                    Imported++;
                    break;
                case ImportFileOutcome.Duplicate:
                    Duplicates++;
                    break;
                default:
                    Failed++;
                    break;
            }
        }
    }

    /// <summary>Outlets by name (case-insensitive), loaded once per import; new ones are created as articles name them.</summary>
    private sealed class OutletCache
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _pending = new(StringComparer.OrdinalIgnoreCase);

        public static async Task<OutletCache> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
        {
            var cache = new OutletCache();
            await foreach (var outlet in db.Outlets.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                cache._ids[outlet.Name] = outlet.Id;
                cache._slugs.Add(outlet.Slug);
            }
            return cache;
        }

        /// <summary>The outlet's id, inserting it (in the batch's transaction) the first time it is named.</summary>
        public int? IdOf(string? name, ImportBatchWriter writer)
        {
            if (string.IsNullOrWhiteSpace(name))
                return null;
            if (_ids.TryGetValue(name, out var id) || _pending.TryGetValue(name, out id))
                return id;
            var outlet = new Outlet { Name = name, Slug = UniqueSlug(name) };
            writer.Insert(outlet);
            _pending[name] = outlet.Id;
            return outlet.Id;
        }

        /// <summary>Outlets inserted by a batch count as existing only once that batch has committed.</summary>
        public void Committed()
        {
            foreach (var (name, id) in _pending)
                _ids[name] = id;
            _pending.Clear();
        }

        private string UniqueSlug(string name)
        {
            var baseSlug = Slugs.FromTitle(name);
            var slug = baseSlug;
            for (var n = 2; !_slugs.Add(slug); n++)
                slug = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
            return slug;
        }
    }
}
