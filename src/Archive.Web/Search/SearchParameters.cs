using System.Globalization;
using Archive.Core.Search;
using Microsoft.Extensions.Primitives;

namespace Archive.Web.Search;

/// <summary>
/// The query string shared by /search, /api/search and /api/search/export: <c>q</c>, repeatable
/// <c>lang</c>/<c>outlet</c>/<c>tag</c>, <c>from</c>/<c>to</c>/<c>undated</c>, <c>copies</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c>, <c>cursor</c>.
/// </summary>
public sealed record SearchParameters(SearchRequest Request, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <param name="copies">What <c>copies</c> means when absent: searches fold syndicated copies, the export keeps every article.</param>
    public static SearchParameters From(IQueryCollection query, SearchCopies copies = SearchCopies.Collapse)
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

        var from = Day(query, "from", errors, last: false);
        var to = Day(query, "to", errors, last: true);
        if (from > to)
        {
            errors["to"] = ["to must not be before from."];
            (from, to) = (null, null);
        }
        var basis = SearchDateBasis.Published;
        var undated = query["undated"].ToString();
        if (string.Equals(undated, "imported", StringComparison.OrdinalIgnoreCase))
            basis = SearchDateBasis.PublishedOrImported;
        else if (undated.Length > 0 && !string.Equals(undated, "exclude", StringComparison.OrdinalIgnoreCase))
            errors["undated"] = ["undated must be exclude or imported."];

        var copiesText = query["copies"].ToString();
        if (string.Equals(copiesText, "all", StringComparison.OrdinalIgnoreCase))
            copies = SearchCopies.All;
        else if (string.Equals(copiesText, "collapse", StringComparison.OrdinalIgnoreCase))
            copies = SearchCopies.Collapse;
        else if (copiesText.Length > 0)
            errors["copies"] = ["copies must be collapse or all."];

        var request = new SearchRequest
        {
            Copies = copies,
            Query = query["q"].ToString(),
            Languages = Values(query["lang"]),
            Outlets = Values(query["outlet"]),
            Tags = Values(query["tag"]),
            Entities = EntityValues(query["entity"], errors),
            From = from,
            To = to,
            DateBasis = basis,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Cursor = NullIfEmpty(query["cursor"].ToString()),
        };
        return new SearchParameters(request, errors);
    }

    /// <summary>A day, month or year (2024-06-01, 2024-06, 2024): <c>from</c> takes its first day, <c>to</c> its last.</summary>
    private static DateOnly? Day(IQueryCollection query, string name, Dictionary<string, string[]> errors, bool last)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
            return null;
        if (SearchDateRange.Period(text) is { } period)
            return last ? period.Last : period.First;
        errors[name] = [$"{name} must be a date written yyyy-MM-dd (or yyyy-MM, yyyy)."];
        return null;
    }

    /// <summary>"person/kim-jong-un": a type (person, place, organization) and a slug; anything else is named in the errors.</summary>
    private static string[] EntityValues(StringValues values, Dictionary<string, string[]> errors)
    {
        var entities = new List<string>();
        foreach (var value in Values(values))
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == value.Length - 1 || !Core.Entities.EntityTypes.TryParse(value[..slash], out var type))
            {
                errors["entity"] = ["entity must be written type/slug, the type person, place or organization (entity=place/north-korea)."];
                continue;
            }
            entities.Add(Core.Entities.EntityTypes.Name(type) + "/" + value[(slash + 1)..].ToLowerInvariant());
        }
        return [.. entities.Distinct(StringComparer.Ordinal)];
    }

    private static string[] Values(StringValues values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
