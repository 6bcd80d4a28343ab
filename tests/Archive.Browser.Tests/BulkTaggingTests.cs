using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class BulkTaggingTests(KestrelAppFactory app) : BrowserTest(app)
{
    private const string Password = "a browser test passphrase";

    [Fact]
    public async Task An_editor_bulk_tags_a_search_after_confirming_and_a_reader_sees_the_tag_but_no_form()
    {
        var baseUrl = App.ServerAddress.ToString();
        await App.AddEditorAndNorthKoreaTagAsync("bulk-editor@example.org", Password);
        await App.WaitForSearchIndexAsync();

        var editor = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = baseUrl });
        await SignInAsync(editor, "bulk-editor@example.org", Password);

        await editor.GotoAsync("/search?q=putin");
        await editor.Locator("#tag-input").PressSequentiallyAsync("Nort");
        await Assertions.Expect(editor.Locator("#tag-suggestions option[value='North Korea']")).ToHaveCountAsync(1);
        await editor.Locator("#tag-input").FillAsync("North Korea");
        await editor.Locator("#bulk-tag-add").ClickAsync();
        await Assertions.Expect(editor.Locator("#bulk-tag-question")).ToHaveTextAsync("Add «North Korea» to 2 articles? 0 already have it.");
        await editor.Locator("#bulk-tag-apply").ClickAsync();
        await Assertions.Expect(editor.Locator("#bulk-tag-status")).ToHaveTextAsync("«North Korea» added to 2 articles.");

        await App.WaitForSearchIndexAsync();
        await editor.ReloadAsync();
        await Assertions.Expect(editor.Locator(".search-hit .hit-tags a.tag")).ToHaveTextAsync(["North Korea", "North Korea"]);
        await Assertions.Expect(editor.Locator(".facet[data-facet='tag'] a[data-value='corea-del-norte']")).ToHaveTextAsync("North Korea");

        var reader = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES", BaseURL = baseUrl });
        await reader.GotoAsync("/search?q=putin");
        await Assertions.Expect(reader.Locator(".search-hit .hit-tags a.tag").First).ToHaveTextAsync("Corea del Norte");
        await Assertions.Expect(reader.Locator("#bulk-tag-form")).ToHaveCountAsync(0);
    }
}
