using Archive.Core.Search;
using Archive.Web.Pages.Shared;
using Archive.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search;

/// <summary>/search: the URL holds the whole search (query, filters, order, page), so it can be bookmarked.</summary>
public sealed class IndexModel(ArticleSearch search) : PageModel
{
    public SearchRequest Current { get; private set; } = new();

    /// <summary>Null when the query held nothing searchable (then nothing is searched) .</summary>
    public SearchResult? Result { get; private set; }

    public ParsedQuery Parsed { get; private set; } = ArticleSearch.Parse(null);

    public bool HadBadParameters { get; private set; }

    public string Query => Current.Query ?? "";

    public bool NothingSearchable => !string.IsNullOrWhiteSpace(Current.Query) && Parsed.IsEmpty;

    public Pager? Pager { get; private set; }

    public void OnGet()
    {
        var parameters = SearchParameters.From(HttpContext.Request.Query);
        Current = parameters.Request;
        HadBadParameters = parameters.Errors.Count > 0;
        Parsed = ArticleSearch.Parse(Current.Query);
        if (NothingSearchable)
            return;

        Result = search.Search(Current);
        var pageCount = Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));
        Pager = new Pager(Result.Page, pageCount, page => UrlFor(Current with { Page = page }));
    }

    public string UrlFor(SearchRequest request)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(request.Query))
            pairs.Add(new("q", request.Query));
        pairs.AddRange(request.Languages.Select(v => new KeyValuePair<string, string?>("lang", v)));
        pairs.AddRange(request.Outlets.Select(v => new KeyValuePair<string, string?>("outlet", v)));
        pairs.AddRange(request.Tags.Select(v => new KeyValuePair<string, string?>("tag", v)));
        if (request.Sort == SearchSort.Date)
            pairs.Add(new("sort", "date"));
        if (request.Page > 1)
            pairs.Add(new("page", request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/search" + QueryString.Create(pairs);
    }

    /// <summary>Changing a filter or the order starts again at page 1.</summary>
    public string UrlWith(Func<SearchRequest, SearchRequest> change) => UrlFor(change(Current) with { Page = 1, Cursor = null });

    public string ExportUrl(string format)
    {
        var url = UrlFor(Current with { Page = 1 });
        var query = url.Length > "/search".Length ? url["/search".Length..] + "&" : "?";
        return $"/api/search/export{query}format={format}";
    }

    public string ArticleUrl(SearchHit hit)
    {
        var path = hit.Slug.Length == 0 ? $"/articles/{hit.Id}" : $"/articles/{hit.Id}/{hit.Slug}";
        return string.IsNullOrWhiteSpace(Current.Query) ? path : path + QueryString.Create("q", Current.Query);
    }
}
