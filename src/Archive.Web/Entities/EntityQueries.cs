using System.Globalization;
using Archive.Core.Data;
using Archive.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Entities;

/// <summary>The reads behind entity pages, the article page's entity line, the API and the search facets' labels.</summary>
public sealed class EntityQueries(ArchiveDbContext db)
{
    public const int NeighbourCount = 15;
    public const int NameCount = 10;

    /// <summary>An article's entities, most mentioned first.</summary>
    public async Task<IReadOnlyList<EntityRef>> OfArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(ae => ae.ArticleId == articleId)
            .Select(ae => new { ae.Name, ae.Mentions, ae.Entity!.Type, ae.Entity.Slug, ae.Entity.LabelEs, ae.Entity.LabelEn })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.Mentions)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new EntityRef(r.Name, r.Type, r.Slug, r.Mentions, r.LabelEs, r.LabelEn))
            .ToList();
    }

    public Task<EntityView?> FindAsync(EntityType type, string slug, CancellationToken cancellationToken) =>
        db.Entities.AsNoTracking()
            .Where(e => e.Type == type && e.Slug == slug)
            .Select(e => new EntityView(e.Id, e.Type, e.Slug, e.LabelEs, e.LabelEn))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The entities named by type and slug (a search's entity facets and filters), in one query: the search page
    /// asked once per type, and those three round trips cost it about a tenth of its CPU. The index on (type, slug)
    /// answers <c>Type IN (…) AND Slug IN (…)</c>; pairs that only the cross product matched are dropped here.
    /// </summary>
    public async Task<IReadOnlyDictionary<(EntityType Type, string Slug), EntityView>> ByTypeAndSlugAsync(
        IReadOnlyCollection<(EntityType Type, string Slug)> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
            return new Dictionary<(EntityType, string), EntityView>();
        var types = keys.Select(k => k.Type).Distinct().ToList();
        var slugs = keys.Select(k => k.Slug).Distinct(StringComparer.Ordinal).ToList();
        var wanted = keys.ToHashSet();
        var found = await db.Entities.AsNoTracking()
            .Where(e => types.Contains(e.Type) && slugs.Contains(e.Slug))
            .Select(e => new EntityView(e.Id, e.Type, e.Slug, e.LabelEs, e.LabelEn))
            .ToListAsync(cancellationToken);
        return found.Where(e => wanted.Contains((e.Type, e.Slug))).ToDictionary(e => (e.Type, e.Slug));
    }

    /// <summary>The entity page: a page of its articles (newest published first), its months, and the entities it appears with.</summary>
    public async Task<EntityDetails> DetailsAsync(EntityView entity, int page, int pageSize, CancellationToken cancellationToken)
    {
        var mentions = db.ArticleEntities.AsNoTracking().Where(ae => ae.EntityId == entity.Id);
        var dated = await mentions
            .Join(db.Articles.AsNoTracking(), ae => ae.ArticleId, a => a.Id, (ae, a) => new { a.PublishedAt, ae.Mentions, ae.Name })
            .ToListAsync(cancellationToken);
        var months = dated.Where(d => d.PublishedAt is not null)
            .GroupBy(d => d.PublishedAt!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EntityMonth(g.Key, g.Count(), g.Sum(d => d.Mentions)))
            .ToList();
        var names = dated.GroupBy(d => d.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(NameCount).Select(g => g.Key).ToList();

        var articles = await mentions
            .Join(db.Articles.AsNoTracking(), ae => ae.ArticleId, a => a.Id, (ae, a) => new { Article = a, ae.Name, ae.Mentions })
            .OrderByDescending(x => x.Article.PublishedAt ?? x.Article.ImportedAt)
            .ThenByDescending(x => x.Article.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(x => new EntityArticle(x.Article.Id, x.Article.Slug, x.Article.Title, x.Article.Language,
                x.Article.Outlet == null ? null : x.Article.Outlet.Name, x.Article.PublishedAt, x.Article.Lead, x.Name, x.Mentions))
            .ToListAsync(cancellationToken);

        var shared = await (
                from mine in db.ArticleEntities.AsNoTracking()
                where mine.EntityId == entity.Id
                join other in db.ArticleEntities.AsNoTracking() on mine.ArticleId equals other.ArticleId
                where other.EntityId != entity.Id
                group other by other.EntityId into g
                orderby g.Count() descending, g.Key
                select new { EntityId = g.Key, Articles = g.Count() })
            .Take(NeighbourCount)
            .ToListAsync(cancellationToken);
        var ids = shared.Select(s => s.EntityId).ToList();
        var others = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var neighbours = shared.Where(s => others.ContainsKey(s.EntityId))
            .Select(s => new EntityNeighbour(others[s.EntityId].Type, others[s.EntityId].Slug, others[s.EntityId].LabelEs, others[s.EntityId].LabelEn, s.Articles))
            .ToList();

        return new EntityDetails(entity, dated.Count, dated.Sum(d => d.Mentions), articles, months, dated.Count(d => d.PublishedAt is null), neighbours, names);
    }
}
