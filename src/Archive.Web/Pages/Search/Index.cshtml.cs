using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Accounts;
using Archive.Web.Pages.Shared;
using Archive.Web.Search;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search;

/// <summary>/search: the URL holds the whole search (query, filters, order, page), so it can be bookmarked.</summary>
public sealed class IndexModel(ArticleSearch search, TagService tags, IAuthorizationService authorization, Archive.Web.Entities.EntityQueries entities) : PageModel
{
    public SearchRequest Current { get; private set; } = new();

    /// <summary>Null when the query held nothing searchable (then nothing is searched) .</summary>
    public SearchResult? Result { get; private set; }

    public ParsedQuery Parsed { get; private set; } = ArticleSearch.Parse(null);

    public bool HadBadParameters { get; private set; }

    public string Query => Current.Query ?? "";

    public bool NothingSearchable => !string.IsNullOrWhiteSpace(Current.Query) && Parsed.IsEmpty;

    public Pager? Pager { get; private set; }

    /// <summary>The results per published day, week or month; null when nothing was searched or found.</summary>
    public Timeline? Timeline { get; private set; }

    /// <summary>The results' characteristic words; null when nothing was searched or found.</summary>
    public TopWords? TopWords { get; private set; }

    /// <summary>Editors get the form that tags every result.</summary>
    public bool CanBulkTag { get; private set; }

    private IReadOnlyDictionary<string, TagRef> _tags = new Dictionary<string, TagRef>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.From(HttpContext.Request.Query);
        Current = parameters.Request;
        HadBadParameters = parameters.Errors.Count > 0;
        Parsed = ArticleSearch.Parse(Current.Query);
        // Links and the search box carry what the parser read, not a pasted 100 KB repeated in every link.
        if (Current.Query is { Length: > SearchQueryParser.MaxLength } longQuery)
        {
            Current = Current with { Query = SearchQueryParser.Shorten(longQuery) };
            Localization.ReturnUrl.Set(HttpContext, UrlFor(Current));
        }
        CanBulkTag = (await authorization.AuthorizeAsync(User, ArchivePolicies.Editor)).Succeeded;
        if (NothingSearchable)
        {
            _tags = await tags.FindBySlugsAsync(Current.Tags, cancellationToken);
            await LoadEntityLabelsAsync(cancellationToken);
            return;
        }

        // The query as asked, so the answer says it was cut (the TooLong warning); links use the cut one.
        Result = search.Search(Current with { Query = parameters.Request.Query }, SearchExtras.Timeline | SearchExtras.TopWords);
        if (Result.Total > 0)
        {
            Timeline = Result.Timeline;
            TopWords = Result.TopWords;
        }
        var pageCount = Math.Max(1, (int)Math.Ceiling(Result.Total / (double)Result.PageSize));
        Pager = new Pager(Result.Page, pageCount, page => UrlFor(Current with { Page = page }));
        // The index knows tags by slug; their labels, in the reader's language, come from the database.
        _tags = await tags.FindBySlugsAsync(
            Current.Tags.Concat(Result.Facets.Tag.Select(f => f.Value)).Concat(Result.Items.SelectMany(h => h.Tags)),
            cancellationToken);
        await LoadEntityLabelsAsync(cancellationToken);
    }

    private readonly Dictionary<string, string> _entityLabels = new(StringComparer.Ordinal);

    /// <summary>The entity facets and filters as the index knows them ("type/slug"), labelled from the database.</summary>
    private async Task LoadEntityLabelsAsync(CancellationToken cancellationToken)
    {
        var keys = new HashSet<(Archive.Core.Entities.EntityType, string)>();
        foreach (var type in Archive.Core.Entities.EntityTypes.All)
        {
            var name = Archive.Core.Entities.EntityTypes.Name(type);
            foreach (var filter in Current.Entities.Where(e => e.StartsWith(name + "/", StringComparison.Ordinal)))
                keys.Add((type, filter[(name.Length + 1)..]));
            foreach (var facet in Result is null ? [] : EntityFacet(type))
                keys.Add((type, facet.Value));
        }
        foreach (var ((type, slug), entity) in await entities.ByTypeAndSlugAsync(keys, cancellationToken))
            _entityLabels[Archive.Core.Entities.EntityTypes.Name(type) + "/" + slug] = entity.Label();
    }

    /// <summary>The facet of one entity type in the current result.</summary>
    public IReadOnlyList<FacetValue> EntityFacet(Archive.Core.Entities.EntityType type) => Result is null ? [] : type switch
    {
        Archive.Core.Entities.EntityType.Person => Result.Facets.Person,
        Archive.Core.Entities.EntityType.Place => Result.Facets.Place,
        _ => Result.Facets.Organization,
    };

    /// <summary>An entity's label in the UI language, from its "type/slug"; the slug itself when the database no longer knows it.</summary>
    public string EntityLabel(string typeAndSlug) =>
        _entityLabels.TryGetValue(typeAndSlug, out var label) ? label : typeAndSlug[(typeAndSlug.IndexOf('/', StringComparison.Ordinal) + 1)..];

    /// <summary>The tag's label in the UI language; the slug itself if the tag was renamed or deleted since the index saw it.</summary>
    public string TagLabel(string slug) => _tags.TryGetValue(slug, out var tag) ? tag.Label() : slug;

    public string UrlFor(SearchRequest request) => SearchLinks.Url(request);

    /// <summary>Changing a filter or the order starts again at page 1.</summary>
    public string UrlWith(Func<SearchRequest, SearchRequest> change) => UrlFor(change(Current) with { Page = 1, Cursor = null });

    public string ExportUrl(string format)
    {
        var url = UrlFor(Current with { Page = 1 });
        var query = url.Length > "/search".Length ? url["/search".Length..] + "&" : "?";
        return $"/api/search/export{query}format={format}";
    }

    /// <summary>The chart's numbers as CSV, in the interval the chart shows.</summary>
    public string TimelineCsvUrl(TimelineInterval interval)
    {
        var url = UrlFor(Current with { Page = 1, Cursor = null });
        var query = url.Length > "/search".Length ? url["/search".Length..] + "&" : "?";
        return $"/api/search/timeline{query}interval={AttentionParameters.Name(interval)}&format=csv";
    }

    /// <summary>True when a date filter applies (from/to or date: in the query): the page then says which date it used.</summary>
    public bool FiltersByDate => Current.HasDateFilter || Parsed.FiltersByDate;

    public string DateRangeLabel => $"{DayValue(Current.From)}…{DayValue(Current.To)}";

    public static string DayValue(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The search narrowed to a year ("2024") or month ("2024-06") of the date facet.</summary>
    public string PeriodUrl(string period) =>
        SearchDateRange.Period(period) is { } days ? UrlWith(r => r with { From = days.First, To = days.Last }) : UrlFor(Current);

    public static string MonthLabel(string month) =>
        SearchDateRange.Period(month) is { } days ? days.First.ToString("MMMM yyyy", CultureInfo.CurrentCulture) : month;

    public string ArticleUrl(SearchHit hit)
    {
        var path = hit.Slug.Length == 0 ? $"/articles/{hit.Id}" : $"/articles/{hit.Id}/{hit.Slug}";
        return string.IsNullOrWhiteSpace(Current.Query) ? path : path + QueryString.Create("q", Current.Query);
    }
}
