using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Copies;

/// <summary>The other copies of an article's story, most similar first, for its page and the API.</summary>
public sealed class StoryCopies(ArchiveDbContext db)
{
    /// <summary>Empty when the article is in no story (or does not exist).</summary>
    public async Task<IReadOnlyList<ArticleCopy>> OfAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var story = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => a.StoryId)
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
            return [];
        var copies = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == story && a.Id != articleId)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Language, Outlet = a.Outlet == null ? null : a.Outlet.Name, a.ImportedAt, a.PublishedAt })
            .ToListAsync(cancellationToken);
        if (copies.Count == 0)
            return [];
        var ids = copies.Select(c => c.Id).Append(articleId).ToList();
        var signatures = await db.ArticleSignatures.AsNoTracking()
            .Where(s => ids.Contains(s.ArticleId))
            .ToDictionaryAsync(s => s.ArticleId, s => MinHash.FromBytes(s.Hashes), cancellationToken);
        var own = signatures.GetValueOrDefault(articleId);
        return
        [
            .. copies
                .Select(c => new ArticleCopy(
                    c.Id, c.Slug, c.Title, c.Language, c.Outlet, c.ImportedAt, c.PublishedAt,
                    own is not null && signatures.TryGetValue(c.Id, out var theirs) ? Math.Round(MinHash.Similarity(own, theirs), 3) : 0,
                    c.Id == story))
                .OrderByDescending(c => c.Similarity)
                .ThenBy(c => c.Date)
                .ThenBy(c => c.Id),
        ];
    }
}
