using Archive.Core.Articles;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Importing;

/// <summary>
/// The pipeline's de-duplicate step for one batch: a text already stored (same content hash) or
/// seen earlier in the batch is a duplicate; a page with the canonical address of a stored article
/// updates it; anything else becomes a new Article. Decides and fills entities; writes nothing.
/// </summary>
internal sealed class ImportDeduplicator(ArchiveDbContext db)
{
    public async Task<(List<ImportDecision> Decisions, List<(Article Article, string? OutletName)> Touched, bool AnyUpdate)> DecideAsync(
        ImportCandidate[] candidates, int runId, DateTime importedAt, CancellationToken cancellationToken)
    {
        var parsed = candidates.Where(c => c.Article is not null).ToList();
        var hashes = parsed.Select(c => c.Hash).Distinct().ToList();
        var existingByHash = hashes.Count == 0
            ? []
            : await db.Articles.AsNoTracking()
                .Where(a => EF.Parameter(hashes).Contains(a.ContentHash))
                .Select(a => new { a.Id, a.ContentHash })
                .ToDictionaryAsync(a => a.ContentHash, a => a.Id, cancellationToken);
        var byUrl = await LoadArticlesByUrlAsync(
            parsed.Where(c => !existingByHash.ContainsKey(c.Hash)).Select(c => c.Article!.CanonicalUrl), cancellationToken);

        var decisions = new List<ImportDecision>(candidates.Length);
        var addedByHash = new Dictionary<string, Article>(StringComparer.Ordinal);
        var touched = new List<(Article Article, string? OutletName)>();
        var anyUpdate = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Article is null)
            {
                decisions.Add(new ImportDecision(candidate, ImportFileOutcome.Failed, candidate.Failure, null, null));
                continue;
            }
            if (existingByHash.TryGetValue(candidate.Hash, out var existingId))
            {
                decisions.Add(new ImportDecision(candidate, ImportFileOutcome.Duplicate, null, existingId, null));
                continue;
            }
            if (addedByHash.TryGetValue(candidate.Hash, out var sameInBatch))
            {
                decisions.Add(new ImportDecision(candidate, ImportFileOutcome.Duplicate, null, null, sameInBatch));
                continue;
            }

            var url = candidate.Article.CanonicalUrl;
            if (url is not null && byUrl.TryGetValue(url, out var sameUrl))
            {
                ImportedArticle.Fill(sameUrl, candidate, runId, importedAt);
                anyUpdate |= sameUrl.Id != 0;
                addedByHash[candidate.Hash] = sameUrl;
                var index = touched.FindIndex(t => t.Article == sameUrl);
                if (index >= 0)
                    touched[index] = (sameUrl, candidate.OutletName);
                else
                    touched.Add((sameUrl, candidate.OutletName));
                decisions.Add(new ImportDecision(candidate, ImportFileOutcome.Imported, ImportReason.Of(ImportReasonCode.Updated), null, sameUrl));
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
            ImportedArticle.Fill(article, candidate, runId, importedAt);
            addedByHash[candidate.Hash] = article;
            if (url is not null)
                byUrl[url] = article;
            touched.Add((article, candidate.OutletName));
            decisions.Add(new ImportDecision(candidate, ImportFileOutcome.Imported, null, null, article));
        }
        return (decisions, touched, anyUpdate);
    }

    private async Task<Dictionary<string, Article>> LoadArticlesByUrlAsync(IEnumerable<string?> urls, CancellationToken cancellationToken)
    {
        var wanted = urls.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, Article>(StringComparer.Ordinal);
        var articles = await db.Articles
            .Where(a => a.CanonicalUrl != null && EF.Parameter(wanted).Contains(a.CanonicalUrl))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        // Should two stored articles share a URL, the latest one is the one re-imports update.
        var byUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
            byUrl[article.CanonicalUrl!] = article;
        return byUrl;
    }
}
