using System.Net;
using System.Net.Http.Json;
using Archive.Core.Importing;
using Archive.Web.Accounts;
using Archive.Web.Api;
using Archive.Web.Tests.Accounts;
using static Archive.Web.Tests.Pages.Imports.UploadClient;

namespace Archive.Web.Tests.Pages.Imports;

/// <summary>Pen-test rows 5, 9, 10 and 12: what the import pages show of file names and server paths.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class ImportNamesTests(ArchiveAppFactory app)
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private async Task<int> AddCliRunAsync(string root)
    {
        var run = new ImportRun
        {
            StartedAt = DateTime.UtcNow,
            FinishedAt = DateTime.UtcNow,
            Source = $"{root} /srv/otra/carpeta/suelto.txt",
            Status = ImportRunStatus.Completed,
            FilesSeen = 2,
            FilesDone = 2,
            Failed = 2,
            Files =
            [
                new ImportRunFile { Path = $"{root}/sub/nota.txt", Outcome = ImportFileOutcome.Failed, Reason = "empty" },
                new ImportRunFile { Path = "/srv/otra/carpeta/suelto.txt", Outcome = ImportFileOutcome.Failed, Reason = "empty" },
            ],
        };
        await app.ExecuteDbContextAsync(async db =>
        {
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
        });
        return run.Id;
    }

    [Fact]
    public async Task Readers_see_cli_import_paths_relative_to_the_import_root_and_editors_see_them_whole()
    {
        var root = $"/srv/secreto-{Unique()}/articulos";
        var runId = await AddCliRunAsync(root);
        var anonymous = app.CreateClient();
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);

        var list = await anonymous.GetStringAsync("/imports");
        var run = await anonymous.GetDocumentAsync($"/imports/{runId}");
        var api = await anonymous.GetFromJsonAsync<ImportsApi.ImportRunStatusItem>($"/api/imports/{runId}");
        var editorRun = await editor.GetDocumentAsync($"/imports/{runId}");
        var editorApi = await editor.GetFromJsonAsync<ImportsApi.ImportRunStatusItem>($"/api/imports/{runId}");

        Assert.DoesNotContain("/srv/", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/", run.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("articulos suelto.txt", api!.Source);
        Assert.Equal("articulos suelto.txt", run.QuerySelector("dd.source")!.Text());
        Assert.Equal(["articulos/sub/nota.txt", "suelto.txt"], run.QuerySelectorAll("td.path").Select(c => c.Text()));
        Assert.Equal($"{root} /srv/otra/carpeta/suelto.txt", editorApi!.Source);
        Assert.Equal([$"{root}/sub/nota.txt", "/srv/otra/carpeta/suelto.txt"], editorRun.QuerySelectorAll("td.path").Select(c => c.Text()));
    }

    [Fact]
    public async Task A_file_name_too_long_for_the_file_system_is_listed_as_failed_and_the_rest_is_imported()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var id = Unique();
        var longName = new string('n', 300) + ".txt";

        using var response = await editor.UploadAsync(
            (longName, Utf8($"Nombre largo {id}\n\nEl texto del archivo de nombre largo {id}.")),
            ("corto.txt", Utf8($"Nombre corto {id}\n\nEl texto del archivo corto {id} se importa.")));

        var runId = RunIdFrom(response);
        var finished = await editor.WaitUntilFinishedAsync(runId);
        Assert.Equal((2, 1, 1), (finished.FilesTotal, finished.Imported, finished.Failed));
        var page = await editor.GetDocumentAsync($"/imports/{runId}?outcome=failed");
        var reason = Assert.Single(page.QuerySelectorAll("table.files tbody tr")).QuerySelector("td.reason")!.Text();
        Assert.Contains("nombre", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Files_whose_names_start_with_a_dot_are_imported_not_dropped()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var id = Unique();

        using var response = await editor.UploadAsync(
            (".md", Utf8($"---\ntitle: Punto {id}\n---\nLa nota punto {id} trata de la cumbre.")),
            ("..md", Utf8($"---\ntitle: Dos puntos {id}\n---\nLa nota dos puntos {id} trata del viaje.")),
            (".hidden.txt", Utf8($"Oculto {id}\n\nEl texto oculto {id} habla de la limusina.")),
            ("lote.zip", Zip(($".dentro-{id}.txt", $"Dentro {id}\n\nEl texto de dentro {id}."))));

        var runId = RunIdFrom(response);
        var finished = await editor.WaitUntilFinishedAsync(runId);
        Assert.Equal((4, 4, 0), (finished.FilesTotal, finished.Imported, finished.Failed));
    }

    [Fact]
    public async Task Bidirectional_control_characters_in_file_names_are_shown_visibly_not_obeyed()
    {
        var (editor, _) = await app.SignedInClientAsync(ArchiveRoles.Editor);
        var id = Unique();

        using var response = await editor.UploadAsync(("\u202Eftx.exe.txt", Utf8($"Invertido {id}\n\nEl texto invertido {id}.")));

        var runId = RunIdFrom(response);
        await editor.WaitUntilFinishedAsync(runId);
        var run = await editor.GetDocumentAsync($"/imports/{runId}");
        var list = await app.CreateClient().GetDocumentAsync("/imports");
        Assert.DoesNotContain('\u202E', run.Body!.TextContent);
        Assert.DoesNotContain('\u202E', list.Body!.TextContent);
        Assert.Equal("[U+202E]ftx.exe.txt", run.QuerySelector("td.path")!.Text());
        Assert.Contains("[U+202E]ftx.exe.txt", list.QuerySelector("td.source")!.Text(), StringComparison.Ordinal);
    }
}
