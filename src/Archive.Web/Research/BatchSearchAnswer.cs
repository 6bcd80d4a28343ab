using Archive.Core.Research;
using Archive.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Research;

/// <summary>A batch as POST/GET /api/search/batch answer it (and the batch page shows it).</summary>
public sealed record BatchSearchAnswer(
    int Id, string Status, bool Finished, int LinesTotal, int LinesDone,
    IReadOnlyList<BatchSearchAnswer.Item> Items, IReadOnlyList<BatchSearchAnswer.Failure> Failed,
    string StatusUrl, string HitsUrl, string CountsUrl)
{
    public sealed record Item(int Line, string Query, int Total, IReadOnlyList<string> Warnings, string SearchUrl);

    /// <param name="Reason">A stable code (<see cref="BatchLineFailure"/>); <paramref name="Message"/> says it in the reader's language.</param>
    public sealed record Failure(int Line, string Query, string Reason, string Message);

    public static BatchSearchAnswer From(BatchSearch batch, HttpRequest request, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(text);
        var origin = SavedSearchLinks.Origin(request);
        var api = $"{origin}/api/search/batch/{batch.Id}";
        return new BatchSearchAnswer(
            batch.Id, batch.Status.ToString().ToLowerInvariant(), batch.Finished, batch.LinesTotal, batch.LinesDone,
            [.. batch.Lines.Where(l => l.Done && l.Failure is null).Select(l => new Item(
                l.Line, l.Query, l.Total ?? 0, Warnings(l), SavedSearchLinks.SearchUrl(request, batch.RequestFor(l.Query))))],
            [.. batch.Lines.Where(l => l.Failure is not null).Select(l => new Failure(
                l.Line, l.Query, l.Failure!.Value.ToString(), text[$"BatchLineFailure.{l.Failure}"]))],
            api, api + "/hits.csv", api + "/counts.csv");
    }

    private static string[] Warnings(BatchSearchLine line) =>
        string.IsNullOrEmpty(line.Warnings) ? [] : line.Warnings.Split(',');
}
