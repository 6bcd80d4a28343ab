using System.Text;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Accounts;
using Archive.Web.Resources;
using Archive.Web.Search;
using Archive.Web.Tagging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Archive.Web.Research;

/// <summary>
/// POST /api/search/batch (a text/plain or text/csv body, one query per line; filters in the query string
/// apply to every line), GET /api/search/batch/{id} to follow one, and its two CSV downloads.
/// </summary>
public static class BatchSearchApi
{
    public static IEndpointRouteBuilder MapBatchSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search/batch")
            .RequireAuthorization(ArchivePolicies.ResearcherApi)
            .RequireRateLimiting(ResearchRateLimits.PerToken);
        group.MapPost("", SubmitAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapGet("/{id:int}/counts.csv", CountsAsync);
        group.MapGet("/{id:int}/hits.csv", HitsAsync);
        return app;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context, BatchSubmission submission, BatchSearches batches, IOptions<BatchSearchOptions> options,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var mediaType = request.ContentType ?? "";
        if (!mediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) && !BatchSubmission.IsCsv(mediaType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: text["Batch.UnsupportedType.Title"], detail: text["Batch.UnsupportedType.Detail"]);
        }
        var parameters = SearchParameters.From(request.Query);
        if (parameters.Errors.Count > 0)
            return TypedResults.ValidationProblem(parameters.Errors);
        var body = await ReadBoundedAsync(request, BatchSubmission.MaxBodyChars, cancellationToken);
        if (body is null)
            return TooMany(text);

        var outcome = await submission.SubmitAsync(EditorActor.Of(context.User).UserId, body, BatchSubmission.IsCsv(mediaType), parameters.Request, cancellationToken);
        if (outcome.Batch is null)
            return TooMany(text, outcome.Lines);

        var wait = TimeSpan.FromSeconds(options.Value.WaitSeconds);
        await Task.WhenAny(outcome.Done, Task.Delay(wait, cancellationToken));
        var batch = (await batches.FindAsync(outcome.Batch.UserId, outcome.Batch.Id, cancellationToken))!;
        var answer = BatchSearchAnswer.From(batch, request, text);
        return batch.Finished ? TypedResults.Ok(answer) : TypedResults.Accepted(answer.StatusUrl, answer);
    }

    private static async Task<IResult> GetAsync(
        int id, HttpContext context, BatchSearches batches, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        await batches.FindAsync(EditorActor.Of(context.User).UserId, id, cancellationToken) is { } batch
            ? TypedResults.Ok(BatchSearchAnswer.From(batch, context.Request, text))
            : TypedResults.NotFound();

    private static async Task<IResult> CountsAsync(
        int id, HttpContext context, BatchSearches batches, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(EditorActor.Of(context.User).UserId, id, cancellationToken) is not { } batch)
            return TypedResults.NotFound();
        Download(context.Response, $"batch-{id}-counts.csv");
        await BatchSearchCsv.WriteCountsAsync(context.Response.Body, BatchSearchAnswer.From(batch, context.Request, text), cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<IResult> HitsAsync(
        int id, HttpContext context, BatchSearches batches, ArticleSearch search, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(EditorActor.Of(context.User).UserId, id, cancellationToken) is not { } batch)
            return TypedResults.NotFound();
        Download(context.Response, $"batch-{id}-hits.csv");
        await BatchSearchCsv.WriteHitsAsync(context.Response.Body, search, batch, SavedSearchLinks.Origin(context.Request), cancellationToken);
        return TypedResults.Empty;
    }

    private static void Download(HttpResponse response, string fileName)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename={fileName}";
    }

    private static ProblemHttpResult TooMany(IStringLocalizer<SharedResource> text, int? lines = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: text["Batch.TooLarge.Title"],
            detail: lines is { } n ? text["Batch.TooManyLines", n, BatchSearch.MaxLines] : text["Batch.TooLarge.Detail", BatchSearch.MaxLines]);

    /// <summary>The body as text, or null when it is longer than <paramref name="maxChars"/> (the rest is left unread).</summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        if (request.ContentLength > (long)maxChars * 4)
            return null;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[maxChars + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
                break;
            read += n;
        }
        return read > maxChars ? null : new string(buffer, 0, read);
    }
}
