using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class SearchTests(KestrelAppFactory app) : BrowserTest(app)
{
    [Fact]
    public async Task A_researcher_searches_narrows_by_a_facet_and_sees_the_words_highlighted_in_the_article()
    {
        await App.WaitForSearchIndexAsync();
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES", BaseURL = App.ServerAddress.ToString() });

        await page.GotoAsync("/");
        await page.Locator("#site-search-q").FillAsync("pactos");
        await page.Locator("#site-search-q").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=pactos"));
        await Assertions.Expect(page.Locator(".search-hit").First).ToBeVisibleAsync();
        await page.Locator(".facet[data-facet='lang'] a[data-value='es']").ClickAsync();
        await Assertions.Expect(page.Locator(".search-chips a[data-filter='lang']")).ToBeVisibleAsync();
        await page.Locator(".search-hit h2 a").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+/.+\\?q=pactos"));
        await Assertions.Expect(page.Locator(".article-body mark").First).ToBeVisibleAsync();
    }
}
