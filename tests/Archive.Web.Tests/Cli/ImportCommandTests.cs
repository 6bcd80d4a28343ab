using Archive.Core.Data;
using Archive.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Cli;

/// <summary>The CLI in-process against its own temp database, exactly as `Archive.Web import …` runs it.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-cli-tests-");

    private string DatabaseFile => Path.Combine(_temp.Path, "data", "archive.db");

    private string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={DatabaseFile}";

    [Fact]
    public async Task Import_prints_a_summary_and_a_second_import_finds_only_duplicates()
    {
        var seeds = ArchiveAppFactory.SeedsFolder;
        var seedCount = Directory.GetFiles(seeds, "*.txt").Length;

        var first = await CliResult.RunAsync("import", seeds, DatabaseOption);
        var second = await CliResult.RunAsync("import", seeds, DatabaseOption);

        Assert.True(first.ExitCode == CliExitCode.Success, first.Error);
        Assert.Equal(
            [$"  Files seen: {seedCount}", $"  Imported:   {seedCount}", "  Duplicates: 0", "  Failed:     0"],
            first.OutputLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Equal(CliExitCode.Success, second.ExitCode);
        Assert.Equal(
            [$"  Files seen: {seedCount}", "  Imported:   0", $"  Duplicates: {seedCount}", "  Failed:     0"],
            second.OutputLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Equal(seedCount, await CountArticlesAsync());
    }

    [Fact]
    public async Task Import_lists_failed_files_with_their_reasons_and_still_succeeds()
    {
        var batch = Directory.CreateDirectory(Path.Combine(_temp.Path, "batch")).FullName;
        File.Copy(Directory.GetFiles(ArchiveAppFactory.SeedsFolder, "*.txt")[0], Path.Combine(batch, "good.txt"));
        var empty = Path.Combine(batch, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var result = await CliResult.RunAsync("import", batch, DatabaseOption);

        Assert.True(result.ExitCode == CliExitCode.Success, result.Error);
        Assert.Contains("  Imported:   1", result.OutputLines);
        Assert.Contains("  Failed:     1", result.OutputLines);
        var failure = Assert.Single(result.OutputLines, l => l.StartsWith($"  {empty}: ", StringComparison.Ordinal));
        Assert.True(failure.Length > $"  {empty}: ".Length, "the failure names a reason");
    }

    [Fact]
    public async Task Import_without_paths_is_a_usage_error()
    {
        var result = await CliResult.RunAsync("import", DatabaseOption);

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Contains("import needs at least one file or folder to import.", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("Usage:", StringComparison.Ordinal));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Import_of_a_missing_path_is_a_usage_error_that_leaves_the_database_alone()
    {
        var missing = Path.Combine(_temp.Path, "nowhere");

        var result = await CliResult.RunAsync("import", missing, DatabaseOption);

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Contains($"No such file or folder: {missing}", result.ErrorLines);
        Assert.False(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task Import_into_a_file_that_is_not_a_database_exits_1_and_says_why()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        await File.WriteAllTextAsync(DatabaseFile, "these are not the bytes of a SQLite database, not at all.");

        var result = await CliResult.RunAsync("import", ArchiveAppFactory.SeedsFolder, DatabaseOption);

        Assert.Equal(CliExitCode.Failure, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"The database {DatabaseFile} cannot be used: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_to_stderr_and_exits_2()
    {
        var result = await CliResult.RunAsync("reimport", "x");

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Equal("Unknown command 'reimport'.", result.ErrorLines[0]);
        Assert.Contains(result.ErrorLines, l => l.TrimStart().StartsWith("import PATH…", StringComparison.Ordinal));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Help_lists_the_commands_on_stdout()
    {
        var result = await CliResult.RunAsync("help");

        Assert.Equal(CliExitCode.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.TrimStart().StartsWith("import PATH…", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5080")]
    [InlineData("--environment=Development")]
    [InlineData("urls=http://127.0.0.1:5080")]
    public async Task Arguments_for_the_web_app_are_left_to_the_web_app(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ArchiveCli.TryRunAsync(args, output, error);

        Assert.Null(exitCode);
        Assert.Empty(output.ToString());
        Assert.Empty(error.ToString());
    }


    private async Task<int> CountArticlesAsync()
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options;
        await using var db = new ArchiveDbContext(options);
        return await db.Articles.CountAsync();
    }

    public void Dispose()
    {
        _temp.Dispose();
    }

}
