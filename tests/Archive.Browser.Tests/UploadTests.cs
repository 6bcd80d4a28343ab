using System.IO.Compression;
using System.Text;
using Archive.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class UploadTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>, IAsyncLifetime
{
    private const string Password = "a browser test passphrase";
    private const int ZipEntries = 200;

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [Fact]
    public async Task An_editor_uploads_files_watches_the_progress_finish_and_opens_the_new_article()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync("uploader@example.org", ArchiveRoles.Editor, Password);
            Assert.True(added.Succeeded, added.Code.ToString());
        }
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = app.ServerAddress.ToString() });
        await page.GotoAsync("/account/signin");
        await page.Locator("#signin-email").FillAsync("uploader@example.org");
        await page.Locator("#signin-password").FillAsync(Password);
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync("uploader@example.org");

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

    /// <summary>Enough one-file batches that the run page usually opens while the import is still going.</summary>
    private static byte[] ManyArticlesZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < ZipEntries; i++)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"lote/noticia-{i:D3}.txt").Open(), Encoding.UTF8);
                writer.Write($"Noticia número {i} del lote\n\nEl párrafo {i} cuenta una historia distinta de las otras {i * 7} historias.");
            }
        }
        return buffer.ToArray();
    }

    public async Task InitializeAsync()
    {
        app.Settings["Archive:Import:BatchSize"] = "1";
        _ = app.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
