using Archive.Web.Cli;

namespace Archive.Web.Tests.Cli;

/// <summary>`Archive.Web reclean [--dry-run]` in-process against its own temp database.</summary>
public sealed class RecleanCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-reclean-tests-");

    private string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={Path.Combine(_temp.Path, "data", "archive.db")}";

    [Fact]
    public async Task A_dry_run_over_freshly_imported_articles_finds_nothing_to_change_and_a_real_run_is_recorded()
    {
        var wire = Path.Combine(_temp.Path, "wire.txt");
        await File.WriteAllTextAsync(wire, "ACME CORP 1ST QTR NET\n    DALLAS, March 3 -\n    Shr 12 cts vs 10 cts\n    Net 1,234,000 vs 987,000\n Reuter\n");
        Assert.Equal(0, (await CliResult.RunAsync("import", wire, DatabaseOption)).ExitCode);

        var dry = await CliResult.RunAsync("reclean", "--dry-run", DatabaseOption);
        var real = await CliResult.RunAsync("reclean", DatabaseOption);

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Dry run: 1 article(s) examined, 0 would change, 0 left as they were.", dry.Output, StringComparison.Ordinal);
        Assert.Equal(0, real.ExitCode);
        Assert.Contains("Recorded as import run 2.", real.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await CliResult.RunAsync("reclean", "--everything", DatabaseOption);

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Contains("reclean takes only --dry-run.", result.Error, StringComparison.Ordinal);
    }


    public void Dispose()
    {
        _temp.Dispose();
    }
}
