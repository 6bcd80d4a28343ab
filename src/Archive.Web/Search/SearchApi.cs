using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Web.Search;

/// <summary>GET /api/search and GET /api/search/export: search results as JSON, whole result sets as CSV or JSON.</summary>
public static class SearchApi
{
    private const int FlushEvery = 200;

    public sealed record Response(
        int Total, int Page, int PageSize, string Query, IReadOnlyList<string> Warnings, IReadOnlyList<Item> Items,
        Facets Facets, IReadOnlyList<string> Suggestions, string? NextCursor)
    {
        /// <summary>Syndicated copies matched but folded into their story's item (<c>copies=collapse</c>, the default); 0 with <c>copies=all</c>.</summary>
        public int FoldedCopies { get; init; }
    }

    /// <param name="Tags">The article's tags with both labels.</param>
    /// <param name="MatchedTags">Slugs of the tags the article matched through (a query term equal to a label).</param>
    public sealed record Item(
        int Id, string Slug, string Title, string Language, string? Outlet, DateTime Date, int WordCount,
        string Snippet, float? Score, IReadOnlyList<HitTag> Tags, IReadOnlyList<string> MatchedTags)
    {
        /// <summary>Null when the source gave no date; <see cref="Date"/> is then the import date.</summary>
        public DateTime? PublishedAt { get; init; }

        public DateTime ImportedAt { get; init; }

        /// <summary>"published" or "imported": which of the two <see cref="Date"/> is.</summary>
        public required string DateSource { get; init; }

        /// <summary>With copies folded (the default): the other syndicated copies of this story the search matched, left out of the list.</summary>
        public int MoreCopies { get; init; }
    }

    public sealed record HitTag(string Slug, string Es, string En);

    public sealed record Facets(
        IReadOnlyDictionary<string, int> Language, IReadOnlyDictionary<string, int> Outlet, IReadOnlyDictionary<string, int> Tag)
    {
        /// <summary>Hits per year and per month ("2024", "2024-06"), newest first, on the date the request's <c>undated</c> names.</summary>
        public IReadOnlyDictionary<string, int> Year { get; init; } = new Dictionary<string, int>();

        public IReadOnlyDictionary<string, int> Month { get; init; } = new Dictionary<string, int>();

        /// <summary>Entity slugs with their hit counts, most frequent first (at most 50 each): filter with <c>entity=person/{slug}</c>.</summary>
        public IReadOnlyDictionary<string, int> Person { get; init; } = new Dictionary<string, int>();

        public IReadOnlyDictionary<string, int> Place { get; init; } = new Dictionary<string, int>();

        public IReadOnlyDictionary<string, int> Organization { get; init; } = new Dictionary<string, int>();
    }

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync);
        app.MapGet("/api/search/export", ExportAsync);
        return app;
    }

    private static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpRequest httpRequest, ArticleSearch search, TagService tags, CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.From(httpRequest.Query);
        if (parameters.Errors.Count > 0)
            return TypedResults.ValidationProblem(parameters.Errors);
        if (NothingSearchable(parameters.Request) is { } problem)
            return problem;

        var result = search.Search(parameters.Request);
        var labels = await tags.FindBySlugsAsync(result.Items.SelectMany(h => h.Tags), cancellationToken);
        // A slug the database no longer knows (renamed or deleted a moment ago) is shown as itself until the index catches up.
        HitTag Labels(string slug) => labels.TryGetValue(slug, out var tag) ? new(slug, tag.LabelEs, tag.LabelEn) : new(slug, slug, slug);
        return TypedResults.Ok(new Response(
            result.Total, result.Page, result.PageSize, result.Query.Normalized, Codes(result.Warnings),
            [.. result.Items.Select(h => new Item(
                h.Id, h.Slug, h.Title, h.Language, h.Outlet, h.Date, h.WordCount, h.Snippet, h.Score,
                [.. h.Tags.Select(Labels)], h.MatchedTags)
            {
                PublishedAt = h.PublishedAt,
                ImportedAt = h.ImportedAt,
                DateSource = DateSource(h.IsImportDate),
                MoreCopies = h.MoreCopies,
            })],
            new Facets(Counts(result.Facets.Language), Counts(result.Facets.Outlet), Counts(result.Facets.Tag))
            {
                Year = Counts(result.Facets.Year),
                Month = Counts(result.Facets.Month),
                Person = Counts(result.Facets.Person),
                Place = Counts(result.Facets.Place),
                Organization = Counts(result.Facets.Organization),
            },
            result.Suggestions, result.NextCursor)
        {
            FoldedCopies = result.FoldedCopies,
        });
    }

    private static async Task<IResult> ExportAsync(HttpContext context, ArticleSearch search, CancellationToken cancellationToken)
    {
        // A researcher's export keeps every copy unless it asks for copies=collapse.
        var parameters = SearchParameters.From(context.Request.Query, SearchCopies.All);
        var errors = parameters.Errors.ToDictionary();
        var format = context.Request.Query["format"].ToString();
        if (format.Length == 0)
            format = "csv";
        if (format is not ("csv" or "json"))
            errors["format"] = ["format must be csv or json."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        if (NothingSearchable(parameters.Request) is { } problem)
            return problem;

        var response = context.Response;
        var fileName = $"archive-search-{DateTime.UtcNow:yyyyMMdd-HHmmss}.{format}";
        response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename={fileName}";
        var rows = search.Export(parameters.Request, cancellationToken);
        var permalinkBase = $"{Hosting.PublicBaseUrl.For(context)}/articles/";
        if (format == "csv")
            await WriteCsvAsync(response.Body, rows, permalinkBase, cancellationToken);
        else
            await WriteJsonAsync(response.Body, rows, permalinkBase, cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>Only when nothing searchable remains of a given query; a blank query means "everything".</summary>
    private static ProblemHttpResult? NothingSearchable(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return null;
        var parsed = ArticleSearch.Parse(request.Query);
        if (!parsed.IsEmpty)
            return null;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Nothing searchable in the query",
            detail: "The query holds only operators or punctuation; type at least one word.",
            extensions: new Dictionary<string, object?> { ["warnings"] = Codes(parsed.Warnings) });
    }

    private static string[] Codes(IEnumerable<SearchWarning> warnings) => [.. warnings.Select(w => w.ToString())];

    private static Dictionary<string, int> Counts(IEnumerable<FacetValue> values) =>
        values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);

    private static string Permalink(string permalinkBase, ExportRow row) =>
        row.Slug.Length == 0 ? $"{permalinkBase}{row.Id}" : $"{permalinkBase}{row.Id}/{row.Slug}";

    private static string Date(ExportRow row) => (row.PublishedAt ?? row.ImportedAt).ToString("O", CultureInfo.InvariantCulture);

    private static string DateSource(bool isImportDate) => isImportDate ? "imported" : "published";

    /// <summary>RFC 4180 with a UTF-8 BOM, so spreadsheets open it as UTF-8 and keep the accents.</summary>
    private static async Task WriteCsvAsync(Stream body, IEnumerable<ExportRow> rows, string permalinkBase, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync("id,permalink,title,outlet,language,date,wordCount,snippet,text,dateSource");
        var count = 0;
        foreach (var row in rows)
        {
            string[] fields =
            [
                row.Id.ToString(CultureInfo.InvariantCulture), Permalink(permalinkBase, row), row.Title, row.Outlet ?? "",
                row.Language, Date(row), row.WordCount.ToString(CultureInfo.InvariantCulture), row.Snippet, row.Text,
                DateSource(row.IsImportDate),
            ];
            await writer.WriteLineAsync(string.Join(',', fields.Select(f => Quote(CsvFormulaGuard.Neutralise(f)))));
            if (++count % FlushEvery == 0)
                await writer.FlushAsync(cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task WriteJsonAsync(Stream body, IEnumerable<ExportRow> rows, string permalinkBase, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
        json.WriteStartArray();
        var count = 0;
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteNumber("id", row.Id);
            json.WriteString("permalink", Permalink(permalinkBase, row));
            json.WriteString("title", row.Title);
            json.WriteString("outlet", row.Outlet);
            json.WriteString("language", row.Language);
            json.WriteString("date", Date(row));
            json.WriteString("dateSource", DateSource(row.IsImportDate));
            json.WriteNumber("wordCount", row.WordCount);
            json.WriteString("snippet", row.Snippet);
            json.WriteString("text", row.Text);
            json.WriteEndObject();
            if (++count % FlushEvery == 0)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }
}
