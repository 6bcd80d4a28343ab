using Archive.Web.Cli;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Cli;

/// <summary><c>entities extract</c> over a real database the CLI itself imported into.</summary>
public sealed class EntitiesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-cli-entities-tests-");

    private string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={Path.Combine(_temp.Path, "data", "archive.db")}";

    [Fact]
    public async Task Extract_reads_every_stored_article_and_reports_what_it_found()
    {
        var import = await CliResult.RunAsync("import", ArchiveAppFactory.SeedsFolder, DatabaseOption);
        Assert.Equal(CliExitCode.Success, import.ExitCode);

        var result = await CliResult.RunAsync("entities", "extract", DatabaseOption);

        Assert.Equal(CliExitCode.Success, result.ExitCode);
        Assert.Contains("Entities extracted from 2 article(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("2/2 articles", result.Error, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_temp.Path, "data", "archive.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ArticleEntities ae JOIN Entities e ON e.Id = ae.EntityId WHERE e.Slug = 'kim-jong-un'";
        // Both seed articles name him.
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("entities", "guess")]
    public async Task Anything_but_extract_is_a_usage_error(params string[] args)
    {
        var result = await CliResult.RunAsync([.. args, DatabaseOption]);

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Contains("entities extract", result.Error, StringComparison.Ordinal);
    }


    public void Dispose()
    {
        _temp.Dispose();
    }
}
