using System.Globalization;
using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>A search as the address of /search (the inverse of <see cref="SearchParameters"/>).</summary>
public static class SearchLinks
{
    public static string Url(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(request.Query))
            pairs.Add(new("q", request.Query));
        pairs.AddRange(request.Languages.Select(v => new KeyValuePair<string, string?>("lang", v)));
        pairs.AddRange(request.Outlets.Select(v => new KeyValuePair<string, string?>("outlet", v)));
        pairs.AddRange(request.Tags.Select(v => new KeyValuePair<string, string?>("tag", v)));
        pairs.AddRange(request.Entities.Select(v => new KeyValuePair<string, string?>("entity", v)));
        if (request.From is { } from)
            pairs.Add(new("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (request.To is { } to)
            pairs.Add(new("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (request.DateBasis == SearchDateBasis.PublishedOrImported)
            pairs.Add(new("undated", "imported"));
        if (request.Sort == SearchSort.Date)
            pairs.Add(new("sort", "date"));
        if (request.Copies == SearchCopies.All)
            pairs.Add(new("copies", "all"));
        if (request.Page > 1)
            pairs.Add(new("page", request.Page.ToString(CultureInfo.InvariantCulture)));
        return "/search" + QueryString.Create(pairs);
    }
}
