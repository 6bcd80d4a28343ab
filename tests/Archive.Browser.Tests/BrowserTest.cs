using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>A test class with its own app on Kestrel and Debian's Chromium, started once for the class.</summary>
public abstract class BrowserTest(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected KestrelAppFactory App { get; } = app;

    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>Settings for this class's app; applied before the app starts.</summary>
    protected virtual void Configure(IDictionary<string, string> settings)
    {
    }

    /// <summary>Signs in through the sign-in page as a person does, and waits until the header names the account.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/signin");
        await page.Locator("#signin-email").FillAsync(email);
        await page.Locator("#signin-password").FillAsync(password);
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync(email);
    }

    public async Task InitializeAsync()
    {
        Configure(App.Settings);
        _ = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
