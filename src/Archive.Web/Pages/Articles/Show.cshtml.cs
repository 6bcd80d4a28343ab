using Archive.Core.Articles;
using Archive.Core.Copies;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Core.Text;
using Archive.Web.Accounts;
using Archive.Web.Entities;
using Archive.Web.Hosting;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Articles;

/// <summary>One article at its stable address /articles/{id}/{slug}; any other slug redirects there.</summary>
[OutputCache(PolicyName = ArchiveOutputCache.PagesPolicy)]
public sealed class ShowModel(
    ArchiveDbContext db, TagService tags, IAuthorizationService authorization, UserAccounts accounts, EntityQueries entities, StoryCopies copies, RelatedArticles related) : PageModel
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
        string? DatelinePlace,
        string? DatelineText,
        int? ImportRunId,
        IReadOnlyList<RemovedLine> RemovedLines)
    {
        /// <summary>Only http(s) addresses become links; anything else (javascript:, data:) is shown as text.</summary>
        public bool CanonicalUrlIsLink =>
            Uri.TryCreate(CanonicalUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public Result Data { get; private set; } = null!;

    public IReadOnlyList<TagRef> Tags { get; private set; } = [];

    /// <summary>The people, places and organisations the article names, most mentioned first.</summary>
    public IReadOnlyList<EntityRef> Entities { get; private set; } = [];

    public IReadOnlyList<TagChangeView> History { get; private set; } = [];

    /// <summary>Display names of the editors in <see cref="History"/>, by account id; the page never shows their e-mails.</summary>
    public IReadOnlyDictionary<string, string> EditorNames { get; private set; } = new Dictionary<string, string>();

    public bool CanEdit { get; private set; }

    /// <summary>The other syndicated copies of this article's story, most similar first.</summary>
    public IReadOnlyList<ArticleCopy> Copies { get; private set; } = [];

    /// <summary>The articles most like this one (other stories only), from the search index.</summary>
    public IReadOnlyList<RelatedArticle> Related { get; private set; } = [];

    /// <summary>Why the last tagging post did not go through, if it did not.</summary>
    public TagEditCode? Problem { get; private set; }

    /// <summary>Text that matched no tag: the form then asks for both labels to create one.</summary>
    public string? NewTagText { get; private set; }

    /// <summary>With <c>?q=</c> (a search hit was opened): paragraphs and title with the query's words in &lt;mark&gt;, HTML-safe.</summary>
    public IReadOnlyList<string>? HighlightedParagraphs { get; private set; }

    public string? HighlightedTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, string? q, CancellationToken cancellationToken)
    {
        if (await LoadArticleAsync(id, cancellationToken) is not { } found)
            return NotFound();
        // An old or missing slug is answered from the row alone: the page's related articles (a search) and the rest are
        // for the address it redirects to.
        if (!string.Equals(slug ?? "", found.Slug, StringComparison.Ordinal))
            return RedirectToPagePermanent("/Articles/Show", new { id, slug = NullIfEmpty(found.Slug), q });
        await LoadAroundAsync(id, cancellationToken);

        var parsed = ArticleSearch.Parse(q);
        if (!parsed.IsEmpty)
        {
            // An undetermined language matches word forms of both (the index stems it both ways).
            var language = found.Language == Languages.Undetermined ? null : found.Language;
            HighlightedParagraphs = ArticleSearch.HighlightParagraphs(found.Paragraphs, parsed, language);
            HighlightedTitle = ArticleSearch.HighlightTitle(found.Title, parsed, language);
        }
        return Page();
    }

    /// <summary>
    /// Tags the article with the tag whose slug or label (either language) is <paramref name="tag"/>; with both
    /// labels given, creates the tag first (or uses the one that already has a label). Works without JavaScript.
    /// </summary>
    public async Task<IActionResult> OnPostAddTagAsync(
        int id, string? tag, string? labelEs, string? labelEn, CancellationToken cancellationToken)
    {
        if (await RefuseAsync() is { } refused)
            return refused;
        var actor = EditorActor.Of(User);
        int? tagId = null;
        if (!string.IsNullOrWhiteSpace(labelEs) || !string.IsNullOrWhiteSpace(labelEn))
        {
            var created = await tags.CreateAsync(labelEs ?? "", labelEn ?? "", null, actor, cancellationToken);
            if (created.Succeeded)
                tagId = created.Tag!.Id;
            else if (created.Code is TagEditCode.LabelEsTaken or TagEditCode.LabelEnTaken && created.ExistingTag is not null)
                tagId = created.ExistingTag.Id;
            else
                return await ShowProblemAsync(id, created.Code, tag ?? labelEs ?? labelEn, cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(tag))
        {
            tagId = (await tags.FindBySlugAsync(tag, cancellationToken))?.Tag.Id;
            tagId ??= (await tags.TagLabelsMatchingAsync([tag], cancellationToken)).Select(m => (int?)m.Tag.Id).FirstOrDefault();
            if (tagId is null)
            {
                await LoadAsync(id, cancellationToken);
                NewTagText = tag.Trim();
                return Page();
            }
        }
        else
        {
            return await ShowProblemAsync(id, TagEditCode.LabelRequired, null, cancellationToken);
        }

        var result = await tags.TagArticleAsync(id, tagId.Value, actor, cancellationToken);
        return result.Succeeded ? RedirectToArticle(id) : await ShowProblemAsync(id, result.Code, tag, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveTagAsync(int id, int tagId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync() is { } refused)
            return refused;
        var result = await tags.UntagArticleAsync(id, tagId, EditorActor.Of(User), cancellationToken);
        return result.Succeeded ? RedirectToArticle(id) : await ShowProblemAsync(id, result.Code, null, cancellationToken);
    }

    /// <summary>The page itself is public; only its posts need an editor.</summary>
    private async Task<IActionResult?> RefuseAsync()
    {
        if ((await authorization.AuthorizeAsync(User, ArchivePolicies.Editor)).Succeeded)
            return null;
        return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
    }

    private RedirectToPageResult RedirectToArticle(int id) => RedirectToPage("/Articles/Show", new { id, slug = (string?)null });

    private async Task<IActionResult> ShowProblemAsync(int id, TagEditCode code, string? text, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
            return NotFound();
        Problem = code;
        NewTagText = code is TagEditCode.LabelRequired or TagEditCode.LabelTooLong ? text : null;
        return Page();
    }

    private async Task<Result?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadArticleAsync(id, cancellationToken) is not { } found)
            return null;
        await LoadAroundAsync(id, cancellationToken);
        return found;
    }

    private async Task<Result?> LoadArticleAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Outlet)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
            return null;

        Data = new Result(
            article.Id, article.Slug, article.Title, article.TitleDerived, article.Language, article.Outlet?.Name,
            article.Paragraphs, article.WordCount, article.ImportedAt, article.PublishedAt, article.Byline,
            article.CanonicalUrl, article.DatelinePlace, article.DatelineText, article.ImportRunId, article.RemovedLines);
        return Data;
    }

    /// <summary>What the page shows around the article: tags, entities, history, copies, related articles.</summary>
    private async Task LoadAroundAsync(int id, CancellationToken cancellationToken)
    {
        Tags = (await tags.TagsForArticlesAsync([id], cancellationToken))[id];
        Entities = await entities.OfArticleAsync(id, cancellationToken);
        History = await tags.ArticleHistoryAsync(id, cancellationToken);
        EditorNames = await accounts.DisplayNamesAsync(History.Select(c => c.UserId), cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, ArchivePolicies.Editor)).Succeeded;
        Copies = await copies.OfAsync(id, cancellationToken);
        Related = related.Find(id);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
