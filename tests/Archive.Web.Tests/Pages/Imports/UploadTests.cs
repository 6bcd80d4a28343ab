using System.Net;
using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Web.Accounts;
using Archive.Web.Tests.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Archive.Web.Tests.Pages.Imports.UploadClient;

namespace Archive.Web.Tests.Pages.Imports;

[Collection(ArchiveApp.Collection)]
public sealed class UploadTests(ArchiveAppFactory app)
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task An_editor_uploads_a_note_and_a_zip_and_the_run_imports_them_in_the_background()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var id = Unique();
        var note = Utf8($"---\ntitle: Nota subida {id}\n---\nLa nota {id} trata de la cumbre y de sus consecuencias.");
        var zip = Zip(
            ("lote/uno.txt", $"Crónica {id}\n\nEl texto de la crónica {id} habla del viaje en limusina."),
            ("../fuera.txt", "no debe salir de la carpeta"),
            ("programa.exe", "MZ"));

        using var response = await editor.UploadAsync(("nota.md", note), ("lote.zip", zip));

        var runId = RunIdFrom(response);
        var finished = await editor.WaitUntilFinishedAsync(runId);
        Assert.Equal(("completed", 4, 4, 2, 0, 2), (finished.Status, finished.FilesTotal, finished.FilesDone, finished.Imported, finished.Duplicates, finished.Failed));

        var page = await editor.GetDocumentAsync($"/imports/{runId}");
        var rows = page.QuerySelectorAll("table.files tbody tr")
            .ToDictionary(r => r.QuerySelector("td.path")!.Text(), r => r);
        Assert.Equal(["lote.zip/../fuera.txt", "lote.zip/lote/uno.txt", "lote.zip/programa.exe", "nota.md"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            "Rechazado: ruta insegura (absoluta, con letra de unidad o «..», o fuera de la subida).",
            rows["lote.zip/../fuera.txt"].QuerySelector("td.reason")!.Text());
        Assert.Equal("Rechazado: tipo de archivo no admitido (.exe).", rows["lote.zip/programa.exe"].QuerySelector("td.reason")!.Text());
        var noteLink = rows["nota.md"].QuerySelector("a")!;
        Assert.Equal($"Nota subida {id}", noteLink.Text());
        var article = await editor.GetDocumentAsync(noteLink.GetAttribute("href")!);
        Assert.Equal($"Nota subida {id}", article.QuerySelector("h1")!.Text());
        Assert.Equal("Completada", page.QuerySelector("#run-status")!.Text());
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("#import-progress")!.GetAttribute("data-poll")));
        Assert.Equal("4", page.QuerySelector("#progress-bar")!.GetAttribute("value"));

        // The queue forgets the staged files just after the importer marks the run completed.
        Assert.Null(await StagingFolderOnceForgottenAsync(runId));
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "fuera.txt")));
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "uploads", "fuera.txt")));
    }

    /// <summary>The run's staging folder, polled until it is cleared or 30 s pass (then the folder still recorded).</summary>
    private async Task<string?> StagingFolderOnceForgottenAsync(int runId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var folder = await app.ExecuteDbContextAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.StagingFolder).SingleAsync());
            if (folder is null || timeout.IsCancellationRequested)
                return folder;
            await Task.Delay(25, CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_upload_page_names_its_limits_and_the_imports_list_links_to_it_for_editors_only()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        var form = await editor.GetDocumentAsync("/imports/new");
        var listForEditor = await editor.GetDocumentAsync("/imports");
        var listForReader = await app.CreateClient().GetDocumentAsync("/imports");

        var input = form.QuerySelector("#upload-form input[type=file]")!;
        Assert.True(input.HasAttribute("multiple"));
        Assert.Equal(".htm,.html,.markdown,.md,.txt,.zip", input.GetAttribute("accept"));
        Assert.Equal("multipart/form-data", form.QuerySelector("#upload-form")!.GetAttribute("enctype"));
        Assert.Contains("5 MB", form.QuerySelector("#upload-limits")!.Text(), StringComparison.Ordinal);
        Assert.Equal("/imports/new", listForEditor.QuerySelector("#upload-link")!.GetAttribute("href"));
        Assert.Null(listForReader.QuerySelector("#upload-link"));
    }

    [Fact]
    public async Task Without_an_account_or_without_a_token_an_upload_changes_nothing()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var anonymous = app.CreateClientWithoutRedirects();
        var before = await RunCountAsync();
        var file = ("forjado.md", Utf8($"# Forjado {Unique()}\n\nTexto forjado."));

        using var page = await anonymous.GetAsync("/imports/new");
        using var withoutAccount = await anonymous.PostAsync("/imports/new", Form(token: null, file));
        using var withoutToken = await editor.PostAsync("/imports/new", Form(token: null, file));

        Assert.Contains("/account/signin", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/account/signin", withoutAccount.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(before, await RunCountAsync());
    }

    [Fact]
    public async Task An_empty_form_is_answered_on_the_page_in_the_readers_language()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var before = await RunCountAsync();

        using var response = await editor.UploadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("No se eligió ningún archivo.", page.QuerySelector("#upload-problem")!.Text());
        Assert.Equal(before, await RunCountAsync());
    }

    [Fact]
    public async Task An_oversized_upload_gets_a_localized_message_not_an_error_and_keeps_nothing()
    {
        await using var small = app.WithSecondHost(b => b.UseSetting("Archive:Upload:MaxUploadBytes", "2000"));
        var email = await app.AddUserAsync(ArchiveRoles.Editor);
        var editor = small.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var signIn = await editor.PostSignInAsync(email, AccountHelpers.Password))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var before = await RunCountAsync();

        using var response = await editor.UploadAsync(("grande.txt", Utf8(new string('a', 40_000))));

        Assert.Equal("/imports/new?problem=too-large", response.Headers.Location!.OriginalString);
        using var answer = await editor.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        var page = await Html.ParseAsync(answer);
        Assert.StartsWith("La subida es demasiado grande", page.QuerySelector("#upload-problem")!.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await RunCountAsync());
    }

    [Fact]
    public async Task The_import_status_api_has_a_stable_shape()
    {
        var runId = await app.ExecuteDbContextAsync(async db =>
        {
            var run = new ImportRun
            {
                Source = "upload: forma.zip",
                StartedAt = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc),
                Status = ImportRunStatus.Running,
                FilesSeen = 10,
                FilesDone = 4,
                Imported = 3,
                Duplicates = 0,
                Failed = 1,
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        using var response = await app.CreateClient().GetAsync($"/api/imports/{runId}");
        using var missing = await app.CreateClient().GetAsync("/api/imports/987654321");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(
            ["id", "status", "finished", "source", "startedAt", "finishedAt", "filesTotal", "filesDone", "imported", "duplicates", "failed", "reason"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(runId, root.GetProperty("id").GetInt32());
        Assert.Equal("running", root.GetProperty("status").GetString());
        Assert.False(root.GetProperty("finished").GetBoolean());
        Assert.Equal("2026-11-23T10:00:00Z", root.GetProperty("startedAt").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("finishedAt").ValueKind);
        Assert.Equal((10, 4, 3, 0, 1), (root.GetProperty("filesTotal").GetInt32(), root.GetProperty("filesDone").GetInt32(),
            root.GetProperty("imported").GetInt32(), root.GetProperty("duplicates").GetInt32(), root.GetProperty("failed").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var list = await app.CreateClient().GetDocumentAsync("/imports");
        var row = list.QuerySelectorAll("table.runs tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/imports/{runId}");
        var progress = row.QuerySelector("progress.run-progress")!;
        Assert.Equal(("4", "10"), (progress.GetAttribute("value"), progress.GetAttribute("max")));
        Assert.Equal("4 de 10 archivos", row.QuerySelector(".run-progress-text")!.Text());
        var show = await app.CreateClient().GetDocumentAsync($"/imports/{runId}");
        Assert.Equal($"/api/imports/{runId}", show.QuerySelector("#import-progress")!.GetAttribute("data-poll"));
        Assert.NotNull(show.QuerySelector("script[src^='/js/import-progress.js']"));
    }

    private Task<int> RunCountAsync() => app.ExecuteDbContextAsync(db => db.ImportRuns.CountAsync());
}
