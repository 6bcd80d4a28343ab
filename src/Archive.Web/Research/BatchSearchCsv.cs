using System.Globalization;
using System.Text;
using Archive.Core.Research;
using Archive.Core.Search;
using Archive.Web.Search;

namespace Archive.Web.Research;

/// <summary>A batch's downloads, CSV as the search export writes it (RFC 4180, UTF-8 with a byte-order mark).</summary>
public static class BatchSearchCsv
{
    private const int FlushEvery = 200;

    /// <summary>One row per query: what a spreadsheet of counts needs.</summary>
    public static async Task WriteCountsAsync(Stream body, BatchSearchAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var writer = Writer(body);
        await writer.WriteLineAsync("line,query,total,warnings,searchUrl,failure");
        var rows = answer.Items.Select(i => (i.Line, Fields: new[]
            {
                Number(i.Line), i.Query, Number(i.Total), string.Join(' ', i.Warnings), i.SearchUrl, "",
            }))
            .Concat(answer.Failed.Select(f => (f.Line, Fields: new[] { Number(f.Line), f.Query, "", "", "", f.Message })))
            .OrderBy(r => r.Line);
        foreach (var row in rows)
            await writer.WriteLineAsync(string.Join(',', row.Fields.Select(SearchApi.Quote)));
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Every hit of every line, with the line and query it answers; an article found by two queries is listed twice.</summary>
    public static async Task WriteHitsAsync(
        Stream body, ArticleSearch search, BatchSearch batch, string origin, CancellationToken cancellationToken)
    {
        await using var writer = Writer(body);
        await writer.WriteLineAsync("line,query,id,permalink,title,outlet,language,date,wordCount,snippet");
        var count = 0;
        foreach (var hit in BatchSearches.Hits(search, batch, cancellationToken))
        {
            var row = hit.Article;
            string[] fields =
            [
                Number(hit.Line), hit.Query, Number(row.Id),
                $"{origin}/articles/{Number(row.Id)}{(row.Slug.Length == 0 ? "" : "/" + row.Slug)}",
                row.Title, row.Outlet ?? "", row.Language,
                (row.PublishedAt ?? row.ImportedAt).ToString("O", CultureInfo.InvariantCulture),
                Number(row.WordCount), row.Snippet,
            ];
            await writer.WriteLineAsync(string.Join(',', fields.Select(SearchApi.Quote)));
            if (++count % FlushEvery == 0)
                await writer.FlushAsync(cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static StreamWriter Writer(Stream body) =>
        new(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
