using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Archive.Web.Api;
using Archive.Web.Tests.Accounts;

namespace Archive.Web.Tests.Pages.Imports;

/// <summary>Uploads as the browser form does (multipart, the form's antiforgery token) and follows the run through the JSON API.</summary>
internal static class UploadClient
{
    public static MultipartFormDataContent Form(string? token, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
            form.Add(new StringContent(token), AntiforgeryForm.FieldName);
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetDocumentAsync("/imports/new");
        return await client.PostAsync("/imports/new", Form(page.Token("#upload-form"), files));
    }

    public static int RunIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/imports/", location, StringComparison.Ordinal);
        return int.Parse(location["/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Polls GET /api/imports/{id} until the run is over, as the run page's script does; bounded, not a fixed sleep.</summary>
    public static async Task<ImportsApi.ImportRunStatusItem> WaitUntilFinishedAsync(this HttpClient client, int runId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await client.GetFromJsonAsync<ImportsApi.ImportRunStatusItem>($"/api/imports/{runId}", timeout.Token);
            if (run!.Finished)
                return run;
            await Task.Delay(25, timeout.Token);
        }
    }

    /// <summary>Zip bytes as a desktop archiver makes them (default compression).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries) =>
        entries.Aggregate(new ZipBuilder(CompressionLevel.Optimal), (zip, e) => zip.Entry(e.Name, e.Text)).Build();

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
