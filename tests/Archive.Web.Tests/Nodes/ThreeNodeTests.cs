using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Archive.Core.Importing;
using Archive.Core.Search;
using Archive.Core.Tagging;
using Archive.Web.Cli;
using Archive.Web.Tests.Accounts;
using Archive.Web.Tests.CrashSafety;
using Archive.Web.Tests.Pages.Imports;
using Archive.Web.Tests.Pages.Tags;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// Three real web nodes (the Archive.Web executable, three processes on 127.0.0.1) on one PostgreSQL database, each
/// with its own data folder and search index, sharing one uploads folder, as the README's several-node layout has it.
/// One test walks the whole story because starting the nodes is most of its cost.
/// </summary>
public sealed class ThreeNodeTests : IAsyncLifetime
{
    private static readonly TimeSpan _within = TimeSpan.FromSeconds(30);

    private readonly string _root = Directory.CreateTempSubdirectory("archive-nodes-tests-").FullName;
    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [PostgresFact]
    public async Task Nodes_share_imports_tags_and_sign_ins_and_a_node_killed_during_catch_up_comes_back_consistent()
    {
        _database = TestDatabase.Create(Path.Combine(_root, "database"), ArchiveDatabaseProvider.PostgreSQL);
        var (a, addressA) = await StartNodeAsync("a");
        await using var nodeA = a;
        // After the first node has migrated the accounts: the others start on a database that is ready.
        var (b, addressB) = await StartNodeAsync("b");
        ArchiveProcess? nodeB = b;
        var (c, addressC) = await StartNodeAsync("c");
        await using var nodeC = c;
        try
        {
            var editor = await AddEditorAsync();
            var cookies = new CookieContainer();
            using var onA = Client(addressA, cookies);
            using var onB = Client(addressB, cookies);
            using var onC = Client(addressC, cookies);

            // A sign-in on A is a sign-in on C (cookies are per host, not per port), and so is a form token A issued.
            using (var signedIn = await onA.PostSignInAsync(editor, AccountHelpers.Password))
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using (var editorsPage = await onC.GetAsync("/imports/new"))
                Assert.Equal(HttpStatusCode.OK, editorsPage.StatusCode);

            // An upload on A, with the form C served: exactly one node imports it, and B and C find it within seconds.
            var marker = "nodos" + Guid.NewGuid().ToString("N")[..8];
            var formOnC = await onC.GetDocumentAsync("/imports/new");
            using var uploaded = await onA.PostAsync("/imports/new", UploadClient.Form(formOnC.Token("#upload-form"), ("cumbre.txt", UploadClient.Utf8(ArticleText(marker, 9999)))));
            var runId = UploadClient.RunIdFrom(uploaded);
            var run = await onA.WaitUntilFinishedAsync(runId);
            Assert.Equal(("completed", 1, 0), (run.Status, run.Imported, run.Failed));
            foreach (var node in new[] { onB, onC })
                await UntilAsync(async () => await CrashTestData.SearchTotalAsync(node, marker) == 1);

            // A tag added on B reaches the page A had cached for an anonymous reader.
            var article = await QueryAsync(db => db.Articles.Where(x => x.ImportRunId == runId).Select(x => new { x.Id, x.Slug }).SingleAsync());
            var tag = await QueryAsync(async db => (await new TagService(db, TimeProvider.System).CreateAsync(
                "Cumbre de nodos " + marker, "Nodes summit " + marker, null, TagTestData.Actor)).Tag!);
            var articlePage = $"/articles/{article.Id}/{article.Slug}";
            using var anonymousOnA = Client(addressA, new CookieContainer());
            await anonymousOnA.GetAsync(articlePage);
            using (var cached = await anonymousOnA.GetAsync(articlePage))
                Assert.NotNull(cached.Headers.Age);
            var pageOnB = await onB.GetDocumentAsync(articlePage);
            using (var added = await onB.PostAsync(articlePage + "?handler=AddTag", AntiforgeryForm.Fields(pageOnB.Token("#add-tag-form"), ("tag", tag.LabelEn))))
                Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            await UntilAsync(async () =>
                (await anonymousOnA.GetDocumentAsync(articlePage)).QuerySelector($"#article-tags a[href='/tags/{tag.Slug}']") is not null);

            // B is killed, 700 articles arrive, and B is killed again after the first batch of its catch-up.
            await nodeB.DisposeAsync();
            nodeB = null;
            var files = WriteArticles(marker, 700);
            var (imported, importOutput) = await RunCliAsync(null, ["import", files, .. NodeOptions("a")]);
            Assert.True(imported == CliExitCode.Success, importOutput);
            var articles = await QueryAsync(db => db.Articles.CountAsync());
            Assert.Equal(701, articles);

            var (halted, _) = await StartNodeAsync("b", (DiagnosticHalt.SettingKey, "after-index-batch:1"));
            await using (halted)
            {
                await halted.WaitUntilHaltedAsync();
                await halted.KillAsync();
            }
            // Nothing B still needs was pruned while it was down or halted.
            var positionB = await QueryAsync(db => db.SearchNodes.Where(n => n.Id != SearchNode.PrunedName).MinAsync(n => n.AppliedOutboxId));
            Assert.False(await QueryAsync(db => db.SearchNodes.AnyAsync(n => n.Id == SearchNode.PrunedName && n.AppliedOutboxId > positionB)));

            (nodeB, addressB) = await StartNodeAsync("b");
            using var restartedB = Client(addressB, cookies);
            foreach (var node in new[] { restartedB, onA, onC })
            {
                await UntilAsync(async () => await CrashTestData.SearchTotalAsync(node, "") == articles);
                Assert.Equal(701, await CrashTestData.SearchTotalAsync(node, marker + "lote"));
                Assert.Equal(1, await CrashTestData.SearchTotalAsync(node, marker + "699x"));
            }
            // Once every node has applied every row, the outbox is emptied.
            await UntilAsync(async () => await QueryAsync(db => db.SearchOutbox.CountAsync()) == 0);
        }
        finally
        {
            if (nodeB is not null)
                await nodeB.DisposeAsync();
        }
    }

    private string NodeFolder(string node) => Path.Combine(_root, "node-" + node);

    private (string Key, string Value)[] NodeSettings(string node) =>
    [
        .. _database!.Settings.Select(s => (s.Key, s.Key == ArchiveDatabaseLocation.DataPathKey ? NodeFolder(node) : s.Value)),
        ("Archive:Upload:Path", Path.Combine(_root, "uploads")),
        ("Archive:Upload:SweepSeconds", "2"),
    ];

    private string[] NodeOptions(string node) => [.. NodeSettings(node).Select(s => $"--{s.Key}={s.Value}")];

    private Task<(ArchiveProcess Process, Uri Address)> StartNodeAsync(string node, params (string Key, string Value)[] settings) =>
        ArchiveProcess.StartWebAsync(NodeFolder(node), [.. NodeSettings(node), .. settings]);

    private static HttpClient Client(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    private async Task<T> QueryAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        await using var db = _database!.CreateDbContext();
        return await query(db);
    }

    private static async Task<(int ExitCode, string Output)> RunCliAsync(string? input, string[] arguments)
    {
        using var written = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCli.TryRunAsync(arguments, written, error, input is null ? null : new StringReader(input));
        return (exitCode ?? -1, written + error.ToString());
    }

    private async Task<string> AddEditorAsync()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var (exitCode, written) = await RunCliAsync(AccountHelpers.Password + "\n", ["user", "add", email, "--role", "Editor", .. NodeOptions("a")]);
        Assert.True(exitCode == CliExitCode.Success, written);
        return email;
    }

    private static string ArticleText(string marker, int i) => string.Create(CultureInfo.InvariantCulture, $"""
        Informe {i} de la cumbre de {marker}

        El gobierno anunció hoy el acuerdo número {i} en la capital, según fuentes oficiales consultadas por {marker}lote.

        Los analistas señalan que el tratado tendrá consecuencias para la región durante los próximos meses. Referencia {marker}{i}x.
        """);

    private string WriteArticles(string marker, int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "files")).FullName;
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"{marker}-{i:D4}.txt"), ArticleText(marker, i), Encoding.UTF8);
        return folder;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; a condition still false after <see cref="_within"/> fails the test.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(_within);
        while (!await condition())
            await Task.Delay(50, timeout.Token);
    }
}
