using System.Text.Json.Serialization;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Accounts;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Web.Research;

/// <summary>GET/POST/DELETE /api/saved-searches, for an API token or a signed-in researcher; each account sees only its own.</summary>
public static class SavedSearchesApi
{
    /// <param name="Lang">One value or an array; likewise <paramref name="Outlet"/> and <paramref name="Tag"/>.</param>
    public sealed record CreateRequest(
        string? Name,
        string? Q,
        [property: JsonConverter(typeof(OneOrManyConverter))] string[]? Lang,
        [property: JsonConverter(typeof(OneOrManyConverter))] string[]? Outlet,
        [property: JsonConverter(typeof(OneOrManyConverter))] string[]? Tag,
        string? Sort);

    public sealed record Created(int Id, string Name, string Q, string FeedUrl);

    public sealed record Item(
        int Id, string Name, string Q, IReadOnlyList<string> Lang, IReadOnlyList<string> Outlet, IReadOnlyList<string> Tag,
        string Sort, string SearchUrl, bool Feed, int NewSinceLastVisit, DateTime? LastVisitedAt, DateTime CreatedAt);

    public sealed record FeedKey(string FeedUrl);

    public static IEndpointRouteBuilder MapSavedSearchesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/saved-searches")
            .RequireAuthorization(ArchivePolicies.ResearcherApi)
            .RequireRateLimiting(ResearchRateLimits.PerToken);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("", CreateAsync);
        group.MapDelete("/{id:int}", DeleteAsync);
        group.MapPost("/{id:int}/feed-key", RegenerateKeyAsync);
        group.MapDelete("/{id:int}/feed-key", RevokeKeyAsync);
        return app;
    }

    private static async Task<Ok<Item[]>> ListAsync(HttpContext context, SavedSearches saved, CancellationToken cancellationToken)
    {
        var all = await saved.ListAsync(EditorActor.Of(context.User).UserId, cancellationToken);
        return TypedResults.Ok(all.Select(s => ToItem(context.Request, s)).ToArray());
    }

    private static async Task<Results<Ok<Item>, NotFound>> GetAsync(int id, HttpContext context, SavedSearches saved, CancellationToken cancellationToken) =>
        await saved.FindAsync(EditorActor.Of(context.User).UserId, id, cancellationToken) is { } found
            ? TypedResults.Ok(ToItem(context.Request, found))
            : TypedResults.NotFound();

    private static async Task<Results<Created<Created>, ValidationProblem>> CreateAsync(
        CreateRequest body, HttpContext context, SavedSearches saved, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var sort = SearchSort.Relevance;
        if (string.Equals(body.Sort, "date", StringComparison.OrdinalIgnoreCase))
            sort = SearchSort.Date;
        else if (!string.IsNullOrEmpty(body.Sort) && !string.Equals(body.Sort, "relevance", StringComparison.OrdinalIgnoreCase))
            errors["sort"] = ["sort must be relevance or date."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var request = new SearchRequest
        {
            Query = body.Q ?? "",
            Languages = Values(body.Lang),
            Outlets = Values(body.Outlet),
            Tags = Values(body.Tag),
            Sort = sort,
        };
        var result = await saved.CreateAsync(EditorActor.Of(context.User), body.Name, request, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Code == SavedSearchCode.QueryTooLong
                ? new Dictionary<string, string[]> { ["q"] = [$"q is longer than {SavedSearch.QueryMaxLength} characters."] }
                : new Dictionary<string, string[]> { ["name"] = [$"name is required, at most {SavedSearch.NameMaxLength} characters."] });
        }
        var created = result.Search!;
        return TypedResults.Created($"/api/saved-searches/{created.Id}",
            new Created(created.Id, created.Name, created.Query, SavedSearchLinks.FeedUrl(context.Request, created.Id, result.FeedKey!)));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, HttpContext context, SavedSearches saved, CancellationToken cancellationToken) =>
        await saved.DeleteAsync(EditorActor.Of(context.User), id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<FeedKey>, NotFound>> RegenerateKeyAsync(int id, HttpContext context, SavedSearches saved, CancellationToken cancellationToken) =>
        await saved.RegenerateFeedKeyAsync(EditorActor.Of(context.User), id, cancellationToken) is { } key
            ? TypedResults.Ok(new FeedKey(SavedSearchLinks.FeedUrl(context.Request, id, key)))
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(int id, HttpContext context, SavedSearches saved, CancellationToken cancellationToken) =>
        await saved.RevokeFeedKeyAsync(EditorActor.Of(context.User), id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Item ToItem(HttpRequest request, SavedSearchView s) => new(
        s.Id, s.Name, s.Request.Query ?? "", s.Request.Languages, s.Request.Outlets, s.Request.Tags,
        SavedSearchLinks.Sort(s.Request.Sort), SavedSearchLinks.SearchUrl(request, s.Request), s.HasFeed,
        s.NewSinceLastVisit, s.LastVisitedAt, s.CreatedAt);

    private static string[] Values(string[]? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
}
