using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Research;

[Collection(ArchiveApp.Collection)]
public sealed class BatchSearchTests(ArchiveAppFactory app)
{
    /// <summary>Minimal RFC 4180 reader for checking downloads: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return rows;
    }

    [Fact]
    public async Task Five_hundred_queries_from_a_csv_come_back_counted_line_by_line_and_open_as_a_spreadsheet()
    {
        var outlet = await app.AddOutletAsync($"Lotes {Guid.NewGuid():N}");
        var word = $"ornitorrinco{Guid.NewGuid():N}"[..20];
        await app.AddArticlesAsync(
            new ArticleBuilder().From(outlet).WithParagraphs($"Un {word} nada en el río, dijo el guarda."),
            new ArticleBuilder().From(outlet).WithParagraphs($"El {word} y la nutria comparten el río."));
        await app.WaitForSearchIndexAsync();
        var (_, token) = await app.ResearcherWithTokenAsync();
        var csv = new StringBuilder("query\r\n");
        csv.Append($"{word}\r\n");
        csv.Append($"\"{word} nutria, río\"\r\n");
        csv.Append($"\"\"\"{word} y la nutria\"\"\"\r\n");
        for (var i = 4; i <= 500; i++)
            csv.Append(i % 2 == 0 ? $"putin OR kim{i}\r\n" : $"{word}{i}\r\n");

        using var response = await app.ApiClient(token).PostAsync($"/api/search/batch?outlet={outlet.Slug}", ResearcherKit.Text(csv.ToString(), "text/csv"));
        var answer = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = answer.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(500, items.Count);
        Assert.Empty(answer.GetProperty("failed").EnumerateArray());
        Assert.Equal(Enumerable.Range(2, 500), items.Select(i => i.GetProperty("line").GetInt32()));
        Assert.Equal((word, 2), (items[0].GetProperty("query").GetString(), items[0].GetProperty("total").GetInt32()));
        Assert.Equal(($"{word} nutria, río", 1), (items[1].GetProperty("query").GetString(), items[1].GetProperty("total").GetInt32()));
        Assert.Equal(($"\"{word} y la nutria\"", 1), (items[2].GetProperty("query").GetString(), items[2].GetProperty("total").GetInt32()));
        Assert.All(items, i => Assert.Contains($"outlet={outlet.Slug}", i.GetProperty("searchUrl").GetString(), StringComparison.Ordinal));

        var api = app.ApiClient(token);
        using var counts = await api.GetAsync(answer.GetProperty("countsUrl").GetString());
        var bytes = await counts.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["line", "query", "total", "warnings", "searchUrl", "failure"], rows[0]);
        Assert.Equal(501, rows.Count);
        Assert.Equal(["2", word, "2"], rows[1][..3]);
        Assert.Equal($"{word} nutria, río", rows[2][1]);

        using var hits = await api.GetAsync(answer.GetProperty("hitsUrl").GetString());
        var hitRows = ParseCsv((await hits.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        Assert.Equal("query", hitRows[0][1]);
        Assert.Equal(4, hitRows.Count - 1);
        Assert.Equal(2, hitRows.Count(r => r[1] == word));
        Assert.Equal(["3", $"{word} nutria, río"], hitRows.Single(r => r[0] == "3")[..2]);
        Assert.Single(hitRows, r => r[1] == $"\"{word} y la nutria\"");
    }

    [Fact]
    public async Task A_bad_line_is_reported_by_its_number_and_the_rest_still_run()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);

        using var plain = await api.PostAsync("/api/search/batch", ResearcherKit.Text("putin\n( OR )\n\nkim\n\"corea del norte"));
        var answer = await plain.JsonAsync();
        using var csv = await api.PostAsync("/api/search/batch", ResearcherKit.Text("putin\n\"sin cerrar, kim\nrusia\n", "text/csv"));
        var csvAnswer = await csv.JsonAsync();

        var failed = Assert.Single(answer.GetProperty("failed").EnumerateArray());
        Assert.Equal((2, "NothingSearchable"), (failed.GetProperty("line").GetInt32(), failed.GetProperty("reason").GetString()));
        Assert.Equal([1, 4, 5], answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("line").GetInt32()));
        Assert.Contains("UnbalancedQuote", answer.GetProperty("items")[2].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        var malformed = Assert.Single(csvAnswer.GetProperty("failed").EnumerateArray());
        Assert.Equal((2, "MalformedCsv"), (malformed.GetProperty("line").GetInt32(), malformed.GetProperty("reason").GetString()));
        Assert.Equal([1, 3], csvAnswer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Over_a_thousand_queries_is_refused_with_413_in_the_readers_language()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = app.ApiClient(token);
        var body = string.Join('\n', Enumerable.Range(1, 1001).Select(i => $"consulta{i}"));

        using var spanish = await api.PostAsync("/api/search/batch", ResearcherKit.Text(body));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/search/batch") { Content = ResearcherKit.Text(body) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        using var english = await api.SendAsync(request);
        using var exactly = await api.PostAsync("/api/search/batch", ResearcherKit.Text(string.Join('\n', Enumerable.Range(1, 1000).Select(i => $"consulta{i}"))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, spanish.StatusCode);
        Assert.Equal("application/problem+json", spanish.Content.Headers.ContentType!.MediaType);
        Assert.Contains("El lote tiene 1001 consultas", await spanish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, english.StatusCode);
        Assert.Contains("The batch has 1001 queries", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1000, (await exactly.JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_body_that_is_not_text_or_csv_is_refused_with_415()
    {
        var (_, token) = await app.ResearcherWithTokenAsync();

        using var response = await app.ApiClient(token).PostAsync("/api/search/batch", ResearcherKit.Text("{\"q\":\"putin\"}", "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_batch_that_takes_longer_than_the_wait_answers_202_and_is_followed_to_its_end()
    {
        await using var patient = app.WithSecondHost(b => b.UseSetting("Archive:BatchSearch:WaitSeconds", "0"));
        var (_, token) = await app.ResearcherWithTokenAsync();
        var api = patient.ApiClient(token);

        using var accepted = await api.PostAsync("/api/search/batch", ResearcherKit.Text(string.Join('\n', Enumerable.Range(1, 300).Select(i => $"putin OR ruso{i}"))));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!;
        var progress = await accepted.JsonAsync();
        Assert.Equal(300, progress.GetProperty("linesTotal").GetInt32());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        System.Text.Json.JsonElement status;
        do
        {
            await Task.Delay(50, timeout.Token);
            status = await (await api.GetAsync(location, timeout.Token)).JsonAsync();
        }
        while (!status.GetProperty("finished").GetBoolean());
        Assert.Equal(("completed", 300, 300), (status.GetProperty("status").GetString(), status.GetProperty("linesDone").GetInt32(), status.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task The_batch_page_runs_pasted_queries_and_shows_each_lines_count_with_the_downloads()
    {
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Researcher);
        var page = await client.GetDocumentAsync("/search/batch");

        using var posted = await client.PostAsync("/search/batch", new MultipartFormDataContent
        {
            { new StringContent(page.Token("#batch-form")), AntiforgeryForm.FieldName },
            { new StringContent("putin\n( )\nkim"), "queries" },
            { new StringContent("es"), "lang" },
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var url = posted.Headers.Location!.OriginalString;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        AngleSharp.Dom.IDocument shown;
        do
        {
            await Task.Delay(50, timeout.Token);
            shown = await client.GetDocumentAsync(url);
        }
        while (shown.QuerySelector("#batch-downloads") is null);

        Assert.Equal(["1", "3"], shown.QuerySelectorAll("#batch-lines tbody tr").Select(r => r.GetAttribute("data-line")));
        Assert.Contains("lang=es", shown.QuerySelector("#batch-lines a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("2", shown.QuerySelector("#batch-failed li")!.GetAttribute("data-line"));
        using var counts = await client.GetAsync(shown.QuerySelector("#batch-counts")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, counts.StatusCode);
        Assert.Equal("text/csv", counts.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_batch_page_refuses_too_many_queries_with_413_and_says_why()
    {
        var (client, _) = await app.SignedInClientAsync(ArchiveRoles.Researcher);
        var page = await client.GetDocumentAsync("/search/batch");

        using var posted = await client.PostAsync("/search/batch", new MultipartFormDataContent
        {
            { new StringContent(page.Token("#batch-form")), AntiforgeryForm.FieldName },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(1, 1200).Select(i => $"q{i}")))), "file", "consultas.txt" },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Contains("1000", (await Html.ParseAsync(posted)).QuerySelector("#batch-error")!.Text().Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
