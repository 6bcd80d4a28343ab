using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class TaggingTests(KestrelAppFactory app) : BrowserTest(app)
{
    private const string Password = "a browser test passphrase";

    [Fact]
    public async Task An_editor_tags_an_article_through_autocomplete_and_a_reader_sees_no_edit_controls()
    {
        var baseUrl = App.ServerAddress.ToString();
        await App.AddEditorAndNorthKoreaTagAsync("editor@example.org", Password);

        var editor = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = baseUrl });
        await SignInAsync(editor, "editor@example.org", Password);

        await editor.GotoAsync("/");
        await editor.Locator("ol.article-list a").First.ClickAsync();
        var articleUrl = editor.Url;
        await editor.Locator("#tag-input").PressSequentiallyAsync("Nort");
        await Assertions.Expect(editor.Locator("#tag-suggestions option[value='North Korea']")).ToHaveCountAsync(1);
        await editor.Locator("#tag-input").FillAsync("North Korea");
        await editor.Locator("#add-tag-form button[type=submit]").ClickAsync();
        await Assertions.Expect(editor.Locator("#article-tags a.tag")).ToHaveTextAsync("North Korea");

        var reader = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES", BaseURL = baseUrl });
        await reader.GotoAsync(articleUrl);
        await Assertions.Expect(reader.Locator("#article-tags a.tag")).ToHaveTextAsync("Corea del Norte");
        await Assertions.Expect(reader.Locator("#add-tag-form")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator(".remove-tag-form")).ToHaveCountAsync(0);
    }
}
