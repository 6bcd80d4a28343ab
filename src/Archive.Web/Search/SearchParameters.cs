using System.Globalization;
using Archive.Core.Search;
using Microsoft.Extensions.Primitives;

namespace Archive.Web.Search;

/// <summary>
/// The query string shared by /search, /api/search and /api/search/export: <c>q</c>, repeatable
/// <c>lang</c>/<c>outlet</c>/<c>tag</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c>, <c>cursor</c>.
/// </summary>
public sealed record SearchParameters(SearchRequest Request, IReadOnlyDictionary<string, string[]> Errors)
{
    public static SearchParameters From(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        var sort = SearchSort.Relevance;
        var sortText = query["sort"].ToString();
        if (sortText.Length > 0)
        {
            if (string.Equals(sortText, "relevance", StringComparison.OrdinalIgnoreCase))
                sort = SearchSort.Relevance;
            else if (string.Equals(sortText, "date", StringComparison.OrdinalIgnoreCase))
                sort = SearchSort.Date;
            else
                errors["sort"] = ["sort must be relevance or date."];
        }

        var page = 1;
        var pageText = query["page"].ToString();
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors["page"] = ["page must be a whole number from 1 up."];
            page = 1;
        }

        var pageSize = SearchRequest.DefaultPageSize;
        var pageSizeText = query["pageSize"].ToString();
        if (pageSizeText.Length > 0)
        {
            if (int.TryParse(pageSizeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var requested))
                pageSize = Math.Clamp(requested, 1, SearchRequest.MaxPageSize);
            else
                errors["pageSize"] = [$"pageSize must be a whole number (1 to {SearchRequest.MaxPageSize})."];
        }

        var request = new SearchRequest
        {
            Query = query["q"].ToString(),
            Languages = Values(query["lang"]),
            Outlets = Values(query["outlet"]),
            Tags = Values(query["tag"]),
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Cursor = NullIfEmpty(query["cursor"].ToString()),
        };
        return new SearchParameters(request, errors);
    }

    private static string[] Values(StringValues values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
