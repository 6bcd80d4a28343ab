using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class BulkTaggingTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>, IAsyncLifetime
{
    private const string Password = "a browser test passphrase";

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [Fact]
    public async Task An_editor_bulk_tags_a_search_after_confirming_and_a_reader_sees_the_tag_but_no_form()
    {
        var baseUrl = app.ServerAddress.ToString();
        await app.AddEditorAndNorthKoreaTagAsync("bulk-editor@example.org", Password);
        await app.WaitForSearchIndexAsync();

        var editor = await _browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = baseUrl });
        await editor.GotoAsync("/account/signin");
        await editor.Locator("#signin-email").FillAsync("bulk-editor@example.org");
        await editor.Locator("#signin-password").FillAsync(Password);
        await editor.Locator("#signin-form button[type=submit]").ClickAsync();
        await Assertions.Expect(editor.Locator(".account-name")).ToHaveTextAsync("bulk-editor@example.org");

        await editor.GotoAsync("/search?q=putin");
        await editor.Locator("#tag-input").PressSequentiallyAsync("Nort");
        await Assertions.Expect(editor.Locator("#tag-suggestions option[value='North Korea']")).ToHaveCountAsync(1);
        await editor.Locator("#tag-input").FillAsync("North Korea");
        await editor.Locator("#bulk-tag-add").ClickAsync();
        await Assertions.Expect(editor.Locator("#bulk-tag-question")).ToHaveTextAsync("Add «North Korea» to 2 articles? 0 already have it.");
        await editor.Locator("#bulk-tag-apply").ClickAsync();
        await Assertions.Expect(editor.Locator("#bulk-tag-status")).ToHaveTextAsync("«North Korea» added to 2 articles.");

        await app.WaitForSearchIndexAsync();
        await editor.ReloadAsync();
        await Assertions.Expect(editor.Locator(".search-hit .hit-tags a.tag")).ToHaveTextAsync(["North Korea", "North Korea"]);
        await Assertions.Expect(editor.Locator(".facet[data-facet='tag'] a[data-value='corea-del-norte']")).ToHaveTextAsync("North Korea");

        var reader = await _browser.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES", BaseURL = baseUrl });
        await reader.GotoAsync("/search?q=putin");
        await Assertions.Expect(reader.Locator(".search-hit .hit-tags a.tag").First).ToHaveTextAsync("Corea del Norte");
        await Assertions.Expect(reader.Locator("#bulk-tag-form")).ToHaveCountAsync(0);
    }

    public async Task InitializeAsync()
    {
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
