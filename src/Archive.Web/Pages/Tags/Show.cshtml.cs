using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Articles;
using Archive.Web.Hosting;
using Archive.Web.Pages.Shared;
using Archive.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Pages.Tags;

/// <summary>One tag: its description and the articles carrying it, newest import first. An old slug redirects permanently.</summary>
[OutputCache(PolicyName = ArchiveOutputCache.PagesPolicy)]
public sealed class ShowModel(TagService tags, ArticleListing listing, ArticleSearch search) : PageModel
{
    public const int PageSize = 20;

    public TagDetails Tag { get; private set; } = null!;

    public ArticleListPage Articles { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    /// <summary>The tag's articles as a search (tag filter only), for the timeline and top words.</summary>
    public SearchRequest Search { get; private set; } = new();

    public Timeline Timeline { get; private set; } = new();

    public TopWords TopWords { get; private set; } = new();

    public string TimelineCsvUrl =>
        $"/api/search/timeline?tag={Uri.EscapeDataString(Tag.Slug)}&interval={AttentionParameters.Name(Timeline.Interval)}&format=csv";

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var found = await tags.FindBySlugAsync(slug, cancellationToken);
        if (found is null)
            return NotFound();
        if (found.Redirected)
            return RedirectPermanent($"/tags/{Uri.EscapeDataString(found.Tag.Slug)}{Request.QueryString}");

        Tag = found.Tag;
        var page = Math.Max(pageNumber ?? 1, 1);
        Articles = await listing.GetPageAsync(new ArticleListRequest(page, PageSize, TagId: Tag.Id), cancellationToken);
        Search = new SearchRequest { Tags = [Tag.Slug] };
        Timeline = search.Timeline(Search);
        TopWords = search.TopWords(Search);
        Pager = new Pager(page, Articles.PageCount, n => n == 1 ? $"/tags/{Tag.Slug}" : $"/tags/{Tag.Slug}?page={n}");
        return Page();
    }
}
