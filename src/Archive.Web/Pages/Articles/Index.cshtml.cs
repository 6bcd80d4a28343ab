using Archive.Core.Text;
using Archive.Core.Tagging;
using Archive.Web.Articles;
using Archive.Web.Hosting;
using Archive.Web.Localization;
using Archive.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Pages.Articles;

/// <summary>The home page: every article, newest import first, filterable by language and outlet.</summary>
[OutputCache(PolicyName = ArchiveOutputCache.PagesPolicy)]
public sealed class IndexModel(ArticleListing listing, TagService tags) : PageModel
{
    public const int PageSize = 20;

    public sealed record Query(int Page, string? Lang, string? Outlet, string? Tag = null);

    public sealed record Result(
        ArticleListPage Articles, IReadOnlyList<OutletChoice> Outlets, Query Query, bool UnknownOutlet, Pager Pager,
        IReadOnlyList<TagListItem> Tags, bool UnknownTag, IReadOnlyDictionary<int, IReadOnlyList<TagRef>> ArticleTags);

    public Result Data { get; private set; } = null!;

    // "page" is Razor Pages' own route value (the page name), so the query parameter is bound by name.
    public async Task OnGetAsync(
        [FromQuery(Name = "page")] int? pageNumber, string? lang, string? outlet, string? tag, CancellationToken cancellationToken)
    {
        var query = new Query(
            Math.Max(pageNumber ?? 1, 1),
            lang is not null && Languages.Stored.Contains(lang) ? lang : null,
            string.IsNullOrWhiteSpace(outlet) ? null : outlet,
            string.IsNullOrWhiteSpace(tag) ? null : tag);

        var outlets = await listing.OutletsAsync(cancellationToken);
        var chosenOutlet = query.Outlet is null ? null : outlets.FirstOrDefault(o => o.Slug == query.Outlet);
        var unknownOutlet = query.Outlet is not null && chosenOutlet is null;

        var allTags = await tags.ListTagsAsync(TagListSort.LabelEs, cancellationToken);
        var chosenTag = query.Tag is null ? null : await tags.FindBySlugAsync(query.Tag, cancellationToken);
        var unknownTag = query.Tag is not null && chosenTag is null;

        var articles = unknownOutlet || unknownTag
            ? new ArticleListPage([], 0, query.Page, PageSize)
            : await listing.GetPageAsync(
                new ArticleListRequest(query.Page, PageSize, query.Lang, chosenOutlet?.Id, chosenTag?.Tag.Id), cancellationToken);

        Data = new Result(articles, outlets, query, unknownOutlet,
            new Pager(query.Page, articles.PageCount, n => UrlFor(query with { Page = n })),
            allTags, unknownTag, await tags.TagsForArticlesAsync([.. articles.Items.Select(a => a.Id)], cancellationToken));
    }

    public static string UrlFor(Query query)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (query.Lang is not null)
            parameters.Add(new("lang", query.Lang));
        if (query.Outlet is not null)
            parameters.Add(new("outlet", query.Outlet));
        if (query.Tag is not null)
            parameters.Add(new("tag", query.Tag));
        if (query.Page > 1)
            parameters.Add(new("page", query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/" + QueryString.Create(parameters);
    }
}
