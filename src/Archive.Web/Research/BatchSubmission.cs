using Archive.Core.Research;
using Archive.Core.Search;

namespace Archive.Web.Research;

/// <summary>What both /search/batch and POST /api/search/batch do with a list of queries.</summary>
public sealed class BatchSubmission(BatchSearches batches, BatchSearchRunner queue)
{
    /// <summary>A body this large cannot be 1,000 queries of the longest kind; it is refused unread.</summary>
    public const int MaxBodyChars = BatchSearch.MaxLines * (SavedSearch.QueryMaxLength + 2);

    /// <param name="Batch">Null when refused: more than <see cref="BatchSearch.MaxLines"/> queries.</param>
    /// <param name="Done">Completes when every line is answered.</param>
    public sealed record Outcome(BatchSearch? Batch, int Lines, Task Done);

    public async Task<Outcome> SubmitAsync(string userId, string body, bool csv, SearchRequest filters, CancellationToken cancellationToken)
    {
        var lines = BatchInput.Parse(body, csv);
        if (lines.Count > BatchSearch.MaxLines)
            return new Outcome(null, lines.Count, Task.CompletedTask);
        var batch = await batches.CreateAsync(userId, lines, filters, cancellationToken);
        return new Outcome(batch, lines.Count, batch.Finished ? Task.CompletedTask : queue.EnqueueAsync(batch.Id));
    }

    /// <summary>Text or CSV by its media type or file name; CSV when it says so, else plain lines.</summary>
    public static bool IsCsv(string? contentType, string? fileName = null) =>
        (contentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) ?? false)
        || (fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ?? false);
}
