using Archive.Core.Articles;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Articles;

/// <summary>One article at its stable address /articles/{id}/{slug}; any other slug redirects there.</summary>
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public sealed record Result(
        int Id,
        string Slug,
        string Title,
        bool TitleDerived,
        string Language,
        string? OutletName,
        IReadOnlyList<string> Paragraphs,
        int WordCount,
        DateTime ImportedAt,
        DateTime? PublishedAt,
        string? Byline,
        string? CanonicalUrl,
        int? ImportRunId,
        IReadOnlyList<RemovedLine> RemovedLines)
    {
        /// <summary>Only http(s) addresses become links; anything else (javascript:, data:) is shown as text.</summary>
        public bool CanonicalUrlIsLink =>
            Uri.TryCreate(CanonicalUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Outlet)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
            return NotFound();

        if (!string.Equals(slug ?? "", article.Slug, StringComparison.Ordinal))
            return RedirectToPagePermanent("/Articles/Show", new { id, slug = NullIfEmpty(article.Slug) });

        Data = new Result(
            article.Id, article.Slug, article.Title, article.TitleDerived, article.Language, article.Outlet?.Name,
            article.Paragraphs, article.WordCount, article.ImportedAt, article.PublishedAt, article.Byline,
            article.CanonicalUrl, article.ImportRunId, article.RemovedLines);
        return Page();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
