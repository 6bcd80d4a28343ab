using Archive.Core.Entities;
using Archive.Core.Search;
using Archive.Web.Entities;
using Archive.Web.Hosting;
using Archive.Web.Pages.Shared;
using Archive.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Pages.Entities;

/// <summary>One person, place or organisation: the articles naming it in either language, its months, its company.</summary>
[OutputCache(PolicyName = ArchiveOutputCache.PagesPolicy)]
public sealed class ShowModel(EntityQueries entities, ArticleSearch search) : PageModel
{
    public const int PageSize = 20;

    public EntityDetails Details { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    /// <summary>The entity's articles as a search (entity filter only), for the timeline and top words.</summary>
    public SearchRequest Search { get; private set; } = new();

    public Timeline Timeline { get; private set; } = new();

    public TopWords TopWords { get; private set; } = new();

    public string TimelineCsvUrl =>
        $"/api/search/timeline?entity={Uri.EscapeDataString(Search.Entities[0])}&interval={AttentionParameters.Name(Timeline.Interval)}&format=csv";

    public async Task<IActionResult> OnGetAsync(string type, string slug, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (!EntityTypes.TryParse(type, out var entityType) || await entities.FindAsync(entityType, slug, cancellationToken) is not { } entity)
            return NotFound();
        var page = Math.Max(pageNumber ?? 1, 1);
        Details = await entities.DetailsAsync(entity, page, PageSize, cancellationToken);
        Search = new SearchRequest { Entities = [$"{entity.Type.Name()}/{entity.Slug}"] };
        Timeline = search.Timeline(Search);
        TopWords = search.TopWords(Search);
        var path = $"/entities/{entity.Type.Name()}/{entity.Slug}";
        Pager = new Pager(page, Math.Max(1, (Details.ArticleCount + PageSize - 1) / PageSize), n => n == 1 ? path : $"{path}?page={n}");
        return Page();
    }
}
