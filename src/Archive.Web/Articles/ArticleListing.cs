using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Articles;

/// <summary>What to list: a page of the newest imports, optionally one language and one outlet.</summary>
public sealed record ArticleListRequest(int Page, int PageSize, string? Language = null, int? OutletId = null, int? TagId = null);

/// <summary>One line of a list: never the paragraphs, which list pages do not need.</summary>
public sealed record ArticleListItem(
    int Id,
    string Slug,
    string Title,
    bool TitleDerived,
    string Language,
    string? OutletName,
    string? OutletSlug,
    int WordCount,
    string Lead,
    DateTime ImportedAt);

public sealed record ArticleListPage(IReadOnlyList<ArticleListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public sealed record OutletChoice(int Id, string Name, string Slug);

/// <summary>The article list shared by the home page and the JSON API, newest import first.</summary>
public sealed class ArticleListing(ArchiveDbContext db)
{
    public async Task<ArticleListPage> GetPageAsync(ArticleListRequest request, CancellationToken cancellationToken)
    {
        var filtered = Filter(request);
        var total = await filtered.CountAsync(cancellationToken);
        var offset = (long)(request.Page - 1) * request.PageSize;
        var items = offset >= total
            ? []
            : await Project(filtered, request).ToListAsync(cancellationToken);
        return new ArticleListPage(items, total, request.Page, request.PageSize);
    }

    /// <summary>The page query itself, exposed so a test can check SQLite walks an index rather than sorting.</summary>
    internal IQueryable<ArticleListItem> PageQuery(ArticleListRequest request) => Project(Filter(request), request);

    public Task<List<OutletChoice>> OutletsAsync(CancellationToken cancellationToken) =>
        db.Outlets.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OutletChoice(o.Id, o.Name, o.Slug))
            .ToListAsync(cancellationToken);

    public Task<OutletChoice?> FindOutletAsync(string slug, CancellationToken cancellationToken) =>
        db.Outlets.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OutletChoice(o.Id, o.Name, o.Slug))
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Core.Articles.Article> Filter(ArticleListRequest request)
    {
        var articles = db.Articles.AsNoTracking();
        if (request.Language is not null)
            articles = articles.Where(a => a.Language == request.Language);
        if (request.OutletId is not null)
            articles = articles.Where(a => a.OutletId == request.OutletId);
        if (request.TagId is { } tagId)
            articles = articles.Where(a => db.ArticleTags.Any(at => at.ArticleId == a.Id && at.TagId == tagId));
        return articles;
    }

    // Ordered to match the (ImportedAt, Id) indexes, so SQLite reads the page straight off an index.
    private static IQueryable<ArticleListItem> Project(IQueryable<Core.Articles.Article> articles, ArticleListRequest request) =>
        articles
            .OrderByDescending(a => a.ImportedAt)
            .ThenByDescending(a => a.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(a => new ArticleListItem(
                a.Id,
                a.Slug,
                a.Title,
                a.TitleDerived,
                a.Language,
                a.Outlet == null ? null : a.Outlet.Name,
                a.Outlet == null ? null : a.Outlet.Slug,
                a.WordCount,
                a.Lead,
                a.ImportedAt));
}
