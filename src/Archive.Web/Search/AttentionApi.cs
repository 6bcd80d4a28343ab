using System.Globalization;
using System.Text;
using Archive.Core.Search;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Search;

/// <summary>
/// GET /api/search/timeline (JSON or CSV) and GET /api/search/words: when a search's articles were
/// published and which words set them apart from the archive.
/// </summary>
public static class AttentionApi
{
    public sealed record TimelineResponse(string Interval, IReadOnlyList<Bucket> Buckets, int Undated, int Total);

    /// <summary><paramref name="Start"/> is the bucket's first day (yyyy-MM-dd; a Monday for weeks, the 1st for months).</summary>
    public sealed record Bucket(string Start, int Count);

    /// <param name="Sample">"all" when every matching article was counted, "top" when the first <paramref name="SampleSize"/> by relevance were.</param>
    public sealed record WordsResponse(int Total, int SampleSize, string Sample, IReadOnlyList<Word> Words);

    public sealed record Word(string Text, string Stem, string Language, int Count, int ArchiveCount, double Score);

    public static IEndpointRouteBuilder MapAttentionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search/timeline", TimelineAsync);
        app.MapGet("/api/search/words", Words);
        return app;
    }

    private static async Task<IResult> TimelineAsync(
        HttpContext context, ArticleSearch search, IStringLocalizer<SharedResource> text, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var parameters = AttentionParameters.From(context.Request.Query, text);
        if (Refusal(parameters, text, logs) is { } refused)
            return refused;
        var timeline = search.Timeline(parameters.Request, parameters.Interval);
        if (timeline.TooManyBuckets)
        {
            logs.CreateLogger(typeof(AttentionApi)).LogInformation(
                "Timeline refused: more than {MaxBuckets} {Interval} buckets", Timeline.MaxBuckets, timeline.Interval);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Attention.BadRequest"],
                detail: text["Attention.TooManyBuckets", Timeline.MaxBuckets.ToString("N0", CultureInfo.CurrentCulture)]);
        }
        if (!parameters.Csv)
            return TypedResults.Ok(ToResponse(timeline));
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=archive-timeline-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(TimelineCsv.Write(timeline).AsMemory(), cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }

    private static IResult Words(HttpContext context, ArticleSearch search, IStringLocalizer<SharedResource> text, ILoggerFactory logs)
    {
        var parameters = AttentionParameters.From(context.Request.Query, text);
        if (Refusal(parameters, text, logs) is { } refused)
            return refused;
        var words = search.TopWords(parameters.Request, parameters.Count);
        return TypedResults.Ok(new WordsResponse(words.Total, words.SampleSize, words.WholeResultSet ? "all" : "top",
            [.. words.Words.Select(w => new Word(w.Word, w.Stem, w.Language, w.Count, w.ArchiveCount, Math.Round(w.Score, 2)))]));
    }

    public static TimelineResponse ToResponse(Timeline timeline) => new(
        AttentionParameters.Name(timeline.Interval),
        [.. timeline.Buckets.Select(b => new Bucket(TimelineCsv.Day(b.Start), b.Count))],
        timeline.Undated,
        timeline.Total);

    private static IResult? Refusal(AttentionParameters parameters, IStringLocalizer<SharedResource> text, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(AttentionApi));
        if (parameters.Errors.Count > 0)
        {
            log.LogInformation("Attention request refused: invalid {Parameters}", string.Join(", ", parameters.Errors.Keys));
            return TypedResults.ValidationProblem(parameters.Errors, title: text["Attention.BadRequest"]);
        }
        if (string.IsNullOrWhiteSpace(parameters.Request.Query) || !ArticleSearch.Parse(parameters.Request.Query).IsEmpty)
            return null;
        log.LogInformation("Attention request refused: nothing searchable in the query");
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Attention.BadRequest"],
            detail: text["Attention.NothingSearchable"]);
    }
}
