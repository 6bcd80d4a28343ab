using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Research;

/// <summary>
/// GET /feeds/searches/{id}.atom?key=…: a saved search's newest matches as Atom 1.0. The key is the
/// only credential (feed readers send no cookies or headers), so a wrong, revoked or missing key
/// answers the same 404 as an unknown search: nothing says which searches exist.
/// </summary>
public static class SearchFeeds
{
    public static IEndpointRouteBuilder MapSearchFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/searches/{id:int}.atom", FeedAsync).RequireRateLimiting(ResearchRateLimits.PerToken);
        return app;
    }

    private static async Task<IResult> FeedAsync(
        int id, string? key, HttpContext context, SavedSearches saved, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var feed = await saved.FeedAsync(id, key, cancellationToken);
        if (feed is null)
            return TypedResults.NotFound();

        var request = context.Request;
        var search = feed.Search;
        var name = search.Name;
        var updated = feed.Entries.Count == 0 ? search.CreatedAt : feed.Entries.Max(e => e.ImportedAt);
        var atom = new SyndicationFeed(
            text["Feed.Title", name], text["Feed.Description", name, search.Query],
            new Uri(SavedSearchLinks.SearchUrl(request, search.ToRequest())),
            $"urn:archive:saved-search:{id}", new DateTimeOffset(updated, TimeSpan.Zero))
        {
            Items = [.. feed.Entries.Select(hit => Entry(request, hit, name))],
        };
        atom.Authors.Add(new SyndicationPerson { Name = text["Site.Name"] });

        using var buffer = new MemoryStream();
        // Into memory first: the formatter writes synchronously, which Kestrel's response body refuses.
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new Atom10FeedFormatter(atom).WriteTo(writer);
        context.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>Each entry names the saved search it came from (its category), so a merged reader view still says why it is there.</summary>
    private static SyndicationItem Entry(HttpRequest request, SearchHit hit, string savedSearchName)
    {
        var url = SavedSearchLinks.ArticleUrl(request, hit.Id, hit.Slug);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(hit.Title),
            // The snippet is already HTML-safe: encoded text with the matches in <mark>.
            Summary = new TextSyndicationContent(hit.Snippet, TextSyndicationContentKind.Html),
            PublishDate = new DateTimeOffset(hit.PublishedAt ?? hit.ImportedAt, TimeSpan.Zero),
            LastUpdatedTime = new DateTimeOffset(hit.ImportedAt, TimeSpan.Zero),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        item.Categories.Add(new SyndicationCategory(savedSearchName) { Label = savedSearchName });
        if (!string.IsNullOrEmpty(hit.Outlet))
            item.Authors.Add(new SyndicationPerson { Name = hit.Outlet });
        return item;
    }
}
