using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// Debian's Chromium, never a downloaded browser. The networking flags stop it calling home, which this
/// offline machine refuses many times a second.
/// </summary>
internal static class DebianChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}
