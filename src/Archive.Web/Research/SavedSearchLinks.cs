using System.Globalization;
using Archive.Core.Search;
using Archive.Web.Search;

namespace Archive.Web.Research;

/// <summary>Absolute addresses a researcher takes elsewhere (a feed reader, a spreadsheet).</summary>
public static class SavedSearchLinks
{
    public static string Origin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static string FeedUrl(HttpRequest request, int savedSearchId, string key) =>
        $"{Origin(request)}/feeds/searches/{savedSearchId.ToString(CultureInfo.InvariantCulture)}.atom{QueryString.Create("key", key)}";

    public static string SearchUrl(HttpRequest request, SearchRequest search) => Origin(request) + SearchLinks.Url(search);

    public static string ArticleUrl(HttpRequest request, int id, string slug) =>
        $"{Origin(request)}/articles/{id.ToString(CultureInfo.InvariantCulture)}{(slug.Length == 0 ? "" : "/" + slug)}";

    public static string Sort(SearchSort sort) => sort == SearchSort.Date ? "date" : "relevance";
}
