using Archive.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class ResearcherTests(KestrelAppFactory app) : BrowserTest(app)
{
    private const string Password = "a researcher's browser passphrase";

    private async Task<IPage> SignedInAsync(string email)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, ArchiveRoles.Researcher, Password);
            Assert.True(added.Succeeded, added.Code.ToString());
        }
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB", BaseURL = App.ServerAddress.ToString() });
        await SignInAsync(page, email, Password);
        return page;
    }

    [Fact]
    public async Task A_researcher_saves_a_search_subscribes_to_its_feed_and_runs_a_batch()
    {
        var page = await SignedInAsync("researcher@example.org");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                violations.Add(message.Text);
        };

        await page.GotoAsync("/search?q=putin&lang=es");
        await page.Locator("#save-search-name").FillAsync("Putin en español");
        await page.Locator("#save-search").ClickAsync();
        await Assertions.Expect(page.Locator("#saved-searches .run-saved-search", new() { HasText = "Putin en español" })).ToBeVisibleAsync();
        var feedUrl = await page.Locator("#feed-url").GetAttributeAsync("href");
        var feed = await page.APIRequest.GetAsync(feedUrl!);
        Assert.Equal(200, feed.Status);
        Assert.Contains("<category term=\"Putin en español\"", await feed.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/search/batch");
        await page.Locator("#batch-queries").FillAsync("putin\n( OR )\nkim OR corea");
        await page.Locator("#batch-run").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search/batch/[0-9]+$"));
        await Assertions.Expect(page.Locator("#batch-downloads")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#batch-lines tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#batch-failed li")).ToContainTextAsync("Line 2");
        await Assertions.Expect(page.Locator("#batch-progress-text")).ToHaveTextAsync("3 of 3 queries answered");
        Assert.Empty(violations);
    }
}
