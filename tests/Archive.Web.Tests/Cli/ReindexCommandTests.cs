using Archive.Core.Search;
using Archive.Web.Cli;

namespace Archive.Web.Tests.Cli;

/// <summary>The index side of the CLI: import indexes at once, reindex rebuilds, and both step aside for a running app.</summary>
public sealed class ReindexCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-cli-index-tests-");

    private string DatabaseFile => Path.Combine(_temp.Path, "data", "archive.db");

    private string IndexFolder => Path.Combine(_temp.Path, "data", "index");

    private string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={DatabaseFile}";

    [Fact]
    public async Task Import_indexes_the_new_articles_so_they_are_searchable()
    {
        var result = await CliResult.RunAsync("import", ArchiveAppFactory.SeedsFolder, DatabaseOption);

        Assert.True(result.ExitCode == CliExitCode.Success, result.Error);
        Assert.Contains(result.OutputLines, l => l.StartsWith("Search index", StringComparison.Ordinal) && l.Contains("2 articles indexed", StringComparison.Ordinal));
        Assert.True(Search("pactos").Total >= 1);
        Assert.True(Search("limusina").Total >= 1);
    }

    [Fact]
    public async Task Reindex_rebuilds_a_deleted_index_from_the_database()
    {
        await CliResult.RunAsync("import", ArchiveAppFactory.SeedsFolder, DatabaseOption);
        Directory.Delete(IndexFolder, recursive: true);

        var result = await CliResult.RunAsync("reindex", DatabaseOption);

        Assert.True(result.ExitCode == CliExitCode.Success, result.Error);
        Assert.Contains("2 articles indexed", result.Output, StringComparison.Ordinal);
        Assert.True(Search("corea del norte").Total >= 1);
    }

    [Fact]
    public async Task While_the_app_holds_the_index_reindex_refuses_and_import_leaves_the_work_to_the_app()
    {
        Directory.CreateDirectory(IndexFolder);
        using (SearchIndex.Open(IndexFolder))
        {
            var import = await CliResult.RunAsync("import", ArchiveAppFactory.SeedsFolder, DatabaseOption);
            var reindex = await CliResult.RunAsync("reindex", DatabaseOption);

            Assert.Equal(CliExitCode.Success, import.ExitCode);
            Assert.Contains("the running app will index these articles", import.Output, StringComparison.Ordinal);
            Assert.Equal(CliExitCode.Failure, reindex.ExitCode);
            Assert.Contains("held by the running web app", reindex.Error, StringComparison.Ordinal);
        }
    }

    private SearchResult Search(string query)
    {
        using var index = SearchIndex.Open(IndexFolder);
        return new ArticleSearch(index).Search(new SearchRequest { Query = query });
    }


    public void Dispose()
    {
        _temp.Dispose();
    }

}
