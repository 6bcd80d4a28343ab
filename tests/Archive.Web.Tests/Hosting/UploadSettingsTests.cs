using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Hosting;

/// <summary>Archive:Upload is checked before the app serves anything, and the refusal names the setting at fault.</summary>
public sealed class UploadSettingsTests
{
    [Theory]
    [InlineData("Archive:Upload:MaxUploadBytes", "0")]
    [InlineData("Archive:Upload:MaxEntries", "-1")]
    [InlineData("Archive:Upload:SweepSeconds", "0")]
    [InlineData("Archive:Upload:QueueCapacity", "0")]
    public async Task A_limit_below_one_stops_the_start_and_names_the_setting(string key, string value)
    {
        await using var app = new ArchiveAppFactory();
        await using var bad = app.WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());

        Assert.Contains(key + " must be", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
