using System.Text.RegularExpressions;
using Archive.Core.Data;
using Archive.Web.Articles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Articles;

/// <summary>
/// The home page must stay fast at 100,000 articles: SQLite has to read each page off an
/// (…, ImportedAt, Id) index instead of sorting the whole table. Checked on the query plan.
/// </summary>
public sealed partial class ArticleListingTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-listing-tests-");

    [Theory]
    [InlineData(null, false, "IX_Articles_ImportedAt_Id")]
    [InlineData("es", false, "IX_Articles_Language_ImportedAt_Id")]
    [InlineData(null, true, "IX_Articles_OutletId_ImportedAt_Id")]
    public async Task A_page_is_read_off_an_index_without_sorting(string? language, bool byOutlet, string index)
    {
        await using var db = await MigratedDatabaseAsync();
        var listing = new ArticleListing(db);
        var query = listing.PageQuery(new ArticleListRequest(Page: 500, PageSize: 20, language, byOutlet ? 1 : null));

        var plan = await ExplainAsync(db, query.ToQueryString());

        Assert.Contains(plan, step => step.Contains($"USING INDEX {index}", StringComparison.Ordinal)
            || step.Contains($"USING COVERING INDEX {index}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>Runs EXPLAIN QUERY PLAN on EF's SQL, turning its ".param set" lines into parameters.</summary>
    private static async Task<List<string>> ExplainAsync(ArchiveDbContext db, string sqlWithParameters)
    {
        var lines = sqlWithParameters.Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var match in lines.Select(l => ParamSet().Match(l)).Where(m => m.Success))
            command.Parameters.AddWithValue(match.Groups[1].Value, match.Groups[2].Value.Trim('\''));

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return plan;
    }

    [GeneratedRegex(@"^\.param set (\S+) (.+)$")]
    private static partial Regex ParamSet();

    private async Task<ArchiveDbContext> MigratedDatabaseAsync()
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_temp.Path, "archive.db")}")
            .Options;
        var db = new ArchiveDbContext(options);
        await ArchiveDatabase.MigrateAsync(db);
        return db;
    }

    public void Dispose()
    {
        _temp.Dispose();
    }
}
