using System.Globalization;
using Archive.Core.Entities;

namespace Archive.Web.Cli;

/// <summary><c>entities extract</c>: finds the people, places and organisations of the articles already stored.</summary>
internal sealed class EntitiesCommand : ICliCommand
{
    public string Name => "entities";

    public string Synopsis => "entities extract";

    public string Description => "Extract people, places and organisations from every stored article again (import does it for new ones).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments is not ["extract"])
        {
            await context.Error.WriteLineAsync("Usage: entities extract");
            return CliExitCode.Usage;
        }
        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;

        EntityExtractionSummary summary;
        await using (var scope = context.Services.CreateAsyncScope())
        {
            var extraction = scope.ServiceProvider.GetRequiredService<StoredArticleEntities>();
            var bar = new Progress(context.Error, context.ErrorIsTerminal);
            try
            {
                summary = await extraction.ExtractAsync(bar, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                bar.Finish();
                await context.Error.WriteLineAsync($"Entity extraction failed: {ex.Message}");
                return CliExitCode.Failure;
            }
            bar.Finish();
        }
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Entities extracted from {summary.Articles} article(s): {summary.ArticleEntities} article entities, {summary.Entities} entities in the archive."));
        try
        {
            await ReindexCommand.CatchUpAfterImportAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"The entities are saved but could not be indexed now ({ex.Message}); the web app will index them when it starts.");
        }
        return CliExitCode.Success;
    }

    /// <summary>The import's progress conventions: a bar redrawn in place on a terminal, else a line per 500 articles.</summary>
    private sealed class Progress(TextWriter error, bool terminal) : IProgress<EntityExtractionProgress>
    {
        private bool _drawn;

        public void Report(EntityExtractionProgress value)
        {
            var total = Math.Max(1, value.ArticlesTotal);
            var done = Math.Clamp(value.ArticlesDone, 0, total);
            var filled = (int)((long)done * ImportCommand.ProgressBar.Width / total);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('.', ImportCommand.ProgressBar.Width - filled)}] {done * 100 / total,3}% {value.ArticlesDone}/{value.ArticlesTotal} articles, {value.EntitiesFound} article entities");
            if (terminal)
            {
                error.Write('\r');
                error.Write(line);
                _drawn = true;
            }
            else
            {
                error.WriteLine(line);
            }
            error.Flush();
        }

        public void Finish()
        {
            if (_drawn)
                error.WriteLine();
            _drawn = false;
        }
    }
}
