using AngleSharp.Html.Parser;
using System.IO.Compression;
using System.Text;
using Archive.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class UploadTests(KestrelAppFactory app) : BrowserTest(app)
{
    private const string Password = "a browser test passphrase";
    private const int ZipEntries = 200;
    private const int UploadLimitBytes = 1024 * 1024;

    [Fact]
    public async Task An_editor_uploads_files_watches_the_progress_finish_and_opens_the_new_article()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync("uploader@example.org", ArchiveRoles.Editor, Password);
            Assert.True(added.Succeeded, added.Code.ToString());
        }
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = App.ServerAddress.ToString() });
        await SignInAsync(page, "uploader@example.org", Password);

        await page.GotoAsync("/imports");
        await page.Locator("#upload-link").ClickAsync();
        await page.Locator("#upload-files").SetInputFilesAsync(new[]
        {
            new FilePayload
            {
                Name = "a-nota.md",
                MimeType = "text/markdown",
                Buffer = Encoding.UTF8.GetBytes("---\ntitle: Nota subida desde el navegador\n---\nEl navegador sube esta nota y sigue el progreso."),
            },
            new FilePayload { Name = "lote.zip", MimeType = "application/zip", Buffer = ManyArticlesZip() },
        });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();

        // The page polls the API and reloads itself once the run is over, whatever state it first showed.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/imports/[0-9]+$"));
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync("Completed", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#progress-bar")).ToHaveAttributeAsync("value", (ZipEntries + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("201 of 201 files");
        await Assertions.Expect(page.Locator("#files-imported")).ToHaveTextAsync("201");

        await page.Locator("table.files a", new() { HasText = "Nota subida desde el navegador" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nota subida desde el navegador");
    }

    [Fact]
    public async Task An_upload_over_the_limit_on_a_real_socket_gets_the_upload_page_message()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync("big-uploader@example.org", ArchiveRoles.Editor, Password);
            Assert.True(added.Succeeded, added.Code.ToString());
        }
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = App.ServerAddress };
        using (var signedIn = await client.PostSignInAsync("big-uploader@example.org", Password))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var token = await client.TokenAsync("/imports/new", "#upload-form");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), AntiforgeryForm.FieldName },
            { new ByteArrayContent(new byte[UploadLimitBytes + UploadLimitBytes / 2]), "files", "enorme.txt" },
        };

        using var response = await client.PostAsync(new Uri("/imports/new", UriKind.Relative), form);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        using var answer = await client.GetAsync(response.Headers.Location);
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await answer.Content.ReadAsStringAsync());
        Assert.StartsWith("La subida es demasiado grande", page.QuerySelector("#upload-problem")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>Enough one-file batches that the run page usually opens while the import is still going.</summary>
    private static byte[] ManyArticlesZip() =>
        Enumerable.Range(0, ZipEntries).Aggregate(new ZipBuilder(CompressionLevel.Optimal), (zip, i) => zip.Entry(
            $"lote/noticia-{i:D3}.txt",
            $"Noticia número {i} del lote\n\nEl párrafo {i} cuenta una historia distinta de las otras {i * 7} historias.")).Build();

    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["Archive:Import:BatchSize"] = "1";
        settings["Archive:Upload:MaxUploadBytes"] = UploadLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
