using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Archive.Core.Data;
using Archive.Web.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.CrashSafety;

/// <summary>
/// A crash test's own data folder (database, index, uploads) and what the tests check it with: their
/// own database connection (never the app's, which would also empty its page cache) and the app's HTTP answers.
/// </summary>
public abstract class CrashTestData : IAsyncLifetime
{
    private static readonly string[] _words =
        ["cumbre", "acuerdo", "frontera", "elecciones", "ministro", "reunión", "sanciones", "energía", "puerto", "tratado"];

    protected string DataFolder { get; } = Directory.CreateTempSubdirectory("archive-crash-tests-").FullName;

    protected string DatabaseFile => Path.Combine(DataFolder, "archive.db");

    protected string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={DatabaseFile}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Distinct plain-text articles, each carrying the word <paramref name="marker"/> and a unique one (<c>{marker}{i}x</c>).</summary>
    protected static IReadOnlyList<(string Name, string Text)> Articles(string marker, int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => (
            $"{marker}-{i:D4}.txt",
            string.Create(CultureInfo.InvariantCulture, $"""
                Informe {i} sobre la {_words[i % _words.Length]} de {marker}

                El gobierno anunció hoy la {_words[(i + 3) % _words.Length]} número {i} en la capital, según fuentes oficiales consultadas por {marker}.

                Los analistas señalan que la {_words[(i + 7) % _words.Length]} tendrá consecuencias para la región durante los próximos meses. Referencia {marker}{i}x.
                """)))
    ];

    protected string WriteArticles(string folderName, IReadOnlyList<(string Name, string Text)> articles)
    {
        var folder = Directory.CreateDirectory(Path.Combine(DataFolder, "files", folderName)).FullName;
        foreach (var (name, text) in articles)
            File.WriteAllText(Path.Combine(folder, name), text, Encoding.UTF8);
        return folder;
    }

    protected ArchiveDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseArchiveSqlite($"Data Source={DatabaseFile}").Options);

    protected async Task<T> QueryAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        await using var db = OpenDatabase();
        return await query(db);
    }

    /// <summary>The CLI in this process (its own host, like the executable's), e.g. <c>user add</c>; returns exit code and output.</summary>
    protected async Task<(int ExitCode, string Output)> RunCliAsync(string? input, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCli.TryRunAsync([.. arguments, DatabaseOption], output, error, input is null ? null : new StringReader(input));
        return (exitCode ?? -1, output + error.ToString());
    }

    protected async Task<string> AddEditorAsync()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var (exitCode, output) = await RunCliAsync(Accounts.AccountHelpers.Password + "\n", "user", "add", email, "--role", "Editor");
        Assert.True(exitCode == CliExitCode.Success, output);
        return email;
    }

    /// <summary>
    /// The search total for <paramref name="query"/> (blank: every article) as the JSON API answers it, syndicated
    /// copies unfolded: the generated articles share a template, so copy detection groups many of them.
    /// </summary>
    internal static async Task<int> SearchTotalAsync(HttpClient client, string query = "")
    {
        var answer = await client.GetFromJsonAsync<SearchTotal>($"/api/search?pageSize=1&copies=all&q={Uri.EscapeDataString(query)}");
        return answer!.Total;
    }

    /// <summary>
    /// Waits (bounded) until the app's index holds what the database holds: the outbox drained and the
    /// search total equal to the article count. Returns that count.
    /// </summary>
    protected async Task<int> WaitUntilIndexMatchesDatabaseAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var (articles, pending) = await QueryAsync(async db => (await db.Articles.CountAsync(), await db.SearchOutbox.CountAsync()));
            var total = await SearchTotalAsync(client);
            if (pending == 0 && total == articles)
                return total;
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>
    /// The number the home page states ("1.200 artículos"), as an anonymous reader gets it, page cache included.
    /// The page cache is keyed by the index's generation, so after the index has caught up the first read is fresh; the
    /// bounded wait for <paramref name="expected"/> is for a page still on its way, and a page that stays stale fails.
    /// </summary>
    protected static async Task<int> HomePageCountAsync(HttpClient anonymous, int expected)
    {
        var shown = -1;
        for (var attempt = 0; attempt < 50 && shown != expected; attempt++)
        {
            if (attempt > 0)
                await Task.Delay(100);
            var home = await anonymous.GetDocumentAsync("/");
            var text = home.QuerySelector("#article-count")!.TextContent;
            shown = int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
        }
        return shown;
    }

    /// <summary>Articles whose content appears more than once: what a replayed batch would leave.</summary>
    protected Task<int> DuplicatedArticlesAsync() =>
        QueryAsync(db => db.Articles.GroupBy(a => a.ContentHash).CountAsync(g => g.Count() > 1));

    private sealed record SearchTotal(int Total);

    private protected Task<(ArchiveProcess Process, Uri Address)> StartWebAsync(params (string Key, string Value)[] settings) =>
        ArchiveProcess.StartWebAsync(DataFolder, settings);

    private protected static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
}
