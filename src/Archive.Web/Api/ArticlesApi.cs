using Archive.Core.Entities;
using Archive.Web.Entities;
using System.Globalization;
using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Core.Tagging;
using Archive.Core.Text;
using Archive.Web.Articles;
using Archive.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Api;

/// <summary>GET /api/articles and GET /api/articles/{id}: the archive as JSON.</summary>
public static class ArticlesApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public sealed record ListResponse(int Total, int Page, int PageSize, IReadOnlyList<ListItem> Items);

    public sealed record ListItem(
        int Id, string Slug, string Title, bool TitleDerived, string Language,
        string? Outlet, string? OutletSlug, int WordCount, DateTime ImportedAt);

    public sealed record RemovedLineItem(int LineNumber, string Text, string Rule);

    /// <summary>The dateline the text opens with: its place and the dateline as written.</summary>
    public sealed record DatelineItem(string? Place, string Text);

    public sealed record Detail(
        int Id, string Slug, string Title, bool TitleDerived, string Language,
        string? Outlet, string? OutletSlug, int WordCount, DateTime ImportedAt,
        DateTime? PublishedAt, string? Byline, string? CanonicalUrl, string SourceFile, int? ImportRunId,
        IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedLineItem> RemovedLines,
        IReadOnlyList<TagsApi.TagRefItem> Tags, DatelineItem? Dateline)
    {
        /// <summary>The people, places and organisations the article names, most mentioned first.</summary>
        public IReadOnlyList<EntityItem> Entities { get; init; } = [];

        /// <summary>The other syndicated copies of the article's story, most similar first; empty when it has none.</summary>
        public IReadOnlyList<CopyItem> Copies { get; init; } = [];
    }

    /// <summary>An entity as this article wrote it (<c>name</c>), with the concept's labels in both languages.</summary>
    public sealed record EntityItem(string Name, string Type, string Slug, int Mentions, EntityLabelsItem Labels);

    public sealed record EntityLabelsItem(string Es, string En);

    /// <summary>A syndicated copy: its id and the estimated share of text (0–1) it has in common with the article.</summary>
    public sealed record CopyItem(int Id, double Similarity);

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles");
        articles.MapGet("/", ListAsync);
        articles.MapGet("/{id:int}", GetAsync);
        return app;
    }

    // Parameters arrive as strings so a malformed value gets a 400 naming it, not a bare binding failure.
    private static async Task<Results<Ok<ListResponse>, ValidationProblem>> ListAsync(
        string? page, string? pageSize, string? lang, string? outlet, string? tag,
        ArticleListing listing, TagService tags, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
            errors["page"] = ["page must be a whole number from 1 up."];

        var size = DefaultPageSize;
        if (pageSize is not null)
        {
            if (int.TryParse(pageSize, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var requested))
                size = Math.Clamp(requested, 1, MaxPageSize);
            else
                errors["pageSize"] = [$"pageSize must be a whole number (1 to {MaxPageSize})."];
        }

        if (lang is not null && !Languages.Stored.Contains(lang))
            errors["lang"] = [$"lang must be one of: {string.Join(", ", Languages.Stored)}."];

        int? outletId = null;
        if (outlet is not null)
        {
            var found = await listing.FindOutletAsync(outlet, cancellationToken);
            if (found is null)
                errors["outlet"] = [$"No outlet has the slug '{outlet}'."];
            outletId = found?.Id;
        }

        int? tagId = null;
        if (tag is not null)
        {
            var found = await tags.FindBySlugAsync(tag, cancellationToken);
            if (found is null)
                errors["tag"] = [$"No tag has the slug '{tag}'."];
            tagId = found?.Tag.Id;
        }

        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The article list request has invalid parameters.");

        var result = await listing.GetPageAsync(new ArticleListRequest(pageNumber, size, lang, outletId, tagId), cancellationToken);
        var items = result.Items
            .Select(a => new ListItem(a.Id, a.Slug, a.Title, a.TitleDerived, a.Language, a.OutletName, a.OutletSlug, a.WordCount, a.ImportedAt))
            .ToList();
        return TypedResults.Ok(new ListResponse(result.Total, result.Page, result.PageSize, items));
    }

    private static async Task<Results<Ok<Detail>, ProblemHttpResult>> GetAsync(
        int id, ArchiveDbContext db, TagService tags, EntityQueries entities, StoryCopies copies, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Outlet)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Article not found",
                detail: $"No article has the id {id}.");
        }

        var tagged = (await tags.TagsForArticlesAsync([id], cancellationToken))[id];
        return TypedResults.Ok(new Detail(
            article.Id, article.Slug, article.Title, article.TitleDerived, article.Language,
            article.Outlet?.Name, article.Outlet?.Slug, article.WordCount, article.ImportedAt,
            article.PublishedAt, article.Byline, article.CanonicalUrl, article.SourceFile, article.ImportRunId,
            article.Paragraphs,
            article.RemovedLines.Select(l => new RemovedLineItem(l.LineNumber, l.Text, l.Rule)).ToList(),
            tagged.Select(TagsApi.Ref).ToList(),
            article.DatelineText is null ? null : new DatelineItem(article.DatelinePlace, article.DatelineText))
        {
            Entities = (await entities.OfArticleAsync(id, cancellationToken))
                .Select(e => new EntityItem(e.Name, e.Type.Name(), e.Slug, e.Mentions, new EntityLabelsItem(e.LabelEs, e.LabelEn)))
                .ToList(),
            Copies = [.. (await copies.OfAsync(id, cancellationToken)).Select(c => new CopyItem(c.Id, c.Similarity))],
        });
    }
}
