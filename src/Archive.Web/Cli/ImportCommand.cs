using System.Globalization;
using Archive.Core.Data;
using Archive.Core.Importing;

namespace Archive.Web.Cli;

/// <summary><c>import PATH…</c>: imports files and folders (recursively) and prints what became of them.</summary>
internal sealed class ImportCommand : ICliCommand
{
    private const int MaxSourceLength = 2000;

    public string Name => "import";

    public string Synopsis => "import PATH…";

    public string Description => "Import article files, or folders of them (recursively).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0)
        {
            await context.Error.WriteLineAsync("import needs at least one file or folder to import.");
            await ArchiveCli.WriteUsageAsync(context.Error);
            return CliExitCode.Usage;
        }

        var missing = arguments.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing)
                await context.Error.WriteLineAsync($"No such file or folder: {path}");
            return CliExitCode.Usage;
        }

        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;

        var paths = arguments.Select(Path.GetFullPath).ToList();
        var source = string.Join(' ', paths);
        if (source.Length > MaxSourceLength)
            source = string.Concat(source.AsSpan(0, MaxSourceLength - 1), "…");

        ImportSummary summary;
        await using (var scope = context.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            try
            {
                var dataFolder = context.DataFolder;
                Directory.CreateDirectory(dataFolder);
                var orphaned = await PathImportLock.InterruptOrphanedRunsAsync(
                    scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), dataFolder, cancellationToken);
                if (orphaned > 0)
                    await context.Error.WriteLineAsync($"Marked {orphaned} import run(s) left unfinished by a stopped process as interrupted.");
                using var importing = await PathImportLock.HoldAsync(dataFolder, cancellationToken);
                IProgress<ImportProgress> progress = context.ErrorIsTerminal ? new ProgressBar(context.Error) : new ProgressLine(context.Error);
                try
                {
                    summary = await importer.ImportAsync(paths, source, progress, cancellationToken);
                }
                finally
                {
                    (progress as ProgressBar)?.Finish();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await context.Error.WriteLineAsync($"Import failed: {ex.Message}");
                return CliExitCode.Failure;
            }
        }

        await WriteSummaryAsync(context.Output, summary, context.Database);
        try
        {
            await ReindexCommand.CatchUpAfterImportAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The articles are safely in the database and its outbox; the index catches up on the next start.
            await context.Error.WriteLineAsync($"The articles were imported but could not be indexed now ({ex.Message}); the web app will index them when it starts.");
        }
        return CliExitCode.Success;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportSummary summary, string databaseFile)
    {
        await output.WriteLineAsync($"Import run {summary.ImportRunId} into {databaseFile}");
        await output.WriteLineAsync($"  Files seen: {summary.FilesSeen}");
        await output.WriteLineAsync($"  Imported:   {summary.Imported}");
        await output.WriteLineAsync($"  Duplicates: {summary.Duplicates}");
        await output.WriteLineAsync($"  Failed:     {summary.Failed}");
        var failures = summary.Files.Where(f => f.Outcome == ImportFileOutcome.Failed).ToList();
        if (failures.Count == 0)
            return;
        await output.WriteLineAsync("Failed files:");
        foreach (var failure in failures)
            await output.WriteLineAsync($"  {failure.Path}: {failure.Reason}");
    }

    /// <summary>
    /// One line on an interactive terminal, redrawn in place with '\r' when the percentage moves
    /// (and on the last file), so a million files cost a hundred redraws, not a million.
    /// </summary>
    internal sealed class ProgressBar(TextWriter error) : IProgress<ImportProgress>
    {
        public const int Width = 30;
        private string? _last;
        private int _lastPercent = -1;

        public void Report(ImportProgress value)
        {
            var percent = PercentOf(value);
            if (percent == _lastPercent && value.FilesDone < value.FilesTotal)
                return;
            _lastPercent = percent;
            var line = Render(value);
            // Pads over the end of a longer previous line.
            var padding = _last is null ? 0 : Math.Max(0, _last.Length - line.Length);
            _last = line;
            error.Write('\r');
            error.Write(line);
            error.Write(new string(' ', padding));
            error.Flush();
        }

        /// <summary>Ends the bar's line so what follows starts on a fresh one.</summary>
        public void Finish()
        {
            if (_last is not null)
                error.WriteLine();
        }

        private static int PercentOf(ImportProgress value) =>
            (int)((long)Math.Clamp(value.FilesDone, 0, Math.Max(value.FilesTotal, 1)) * 100 / Math.Max(value.FilesTotal, 1));

        public static string Render(ImportProgress value)
        {
            var total = Math.Max(value.FilesTotal, 1);
            var done = Math.Clamp(value.FilesDone, 0, total);
            var filled = (int)((long)done * Width / total);
            var percent = PercentOf(value);
            return string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {value.FilesDone}/{value.FilesTotal} files, {value.Imported} imported, {value.Duplicates} duplicates, {value.Failed} failed");
        }
    }

    /// <summary>A progress line on stderr every few hundred files, so long imports show they are alive.</summary>
    private sealed class ProgressLine(TextWriter error) : IProgress<ImportProgress>
    {
        private const int Every = 500;

        public void Report(ImportProgress value)
        {
            if (value.FilesDone % Every == 0 && value.FilesDone < value.FilesTotal)
                error.WriteLine($"  … {value.FilesDone}/{value.FilesTotal} files");
        }
    }
}
