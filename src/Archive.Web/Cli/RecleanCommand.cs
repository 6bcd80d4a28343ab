using Archive.Core.Importing;

namespace Archive.Web.Cli;

/// <summary><c>reclean [--dry-run]</c>: applies today's cleaning to the articles already stored.</summary>
internal sealed class RecleanCommand : ICliCommand
{
    public string Name => "reclean";

    public string Synopsis => "reclean [--dry-run]";

    public string Description => "Apply today's cleaning to stored articles (--dry-run: only print what would change).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var dryRun = arguments.Contains("--dry-run");
        if (arguments.Any(a => a != "--dry-run"))
        {
            await context.Error.WriteLineAsync("reclean takes only --dry-run.");
            return CliExitCode.Usage;
        }
        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;

        RecleanSummary summary;
        await using (var scope = context.Services.CreateAsyncScope())
        {
            var recleaner = scope.ServiceProvider.GetRequiredService<ArticleRecleaner>();
            try
            {
                summary = await recleaner.RecleanAsync(dryRun, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await context.Error.WriteLineAsync($"Reclean failed: {ex.Message}");
                return CliExitCode.Failure;
            }
        }

        foreach (var article in summary.Articles)
        {
            var what = article.Skipped is null ? string.Join("; ", article.Changes) : $"left as it was: {article.Skipped}";
            await context.Output.WriteLineAsync($"  article {article.ArticleId} \"{article.Title}\" ({SourceName(article.Source)}): {what}");
        }
        var verb = dryRun ? "would change" : "changed";
        await context.Output.WriteLineAsync(
            $"{(dryRun ? "Dry run: " : "")}{summary.Examined} article(s) examined, {summary.Changed} {verb}, {summary.Skipped} left as they were.");
        if (dryRun)
            return CliExitCode.Success;

        await context.Output.WriteLineAsync($"Recorded as import run {summary.ImportRunId}.");
        // A changed text makes its copy signature stale: re-sign it, and group it, as an import would.
        if (summary.Changed > 0 && await CopiesCommand.DetectAsync(context, cancellationToken) is { } copies)
            await context.Output.WriteLineAsync($"Copies: {copies.ArticlesSigned} article(s) re-signed, {copies.Grouped} joined a story.");
        try
        {
            await ReindexCommand.CatchUpAfterImportAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"The changes are saved but could not be indexed now ({ex.Message}); the web app will index them when it starts.");
        }
        return CliExitCode.Success;
    }

    private static string SourceName(RecleanSource source) => source switch
    {
        RecleanSource.Stored => "stored source",
        RecleanSource.OriginalFile => "original file",
        _ => "rebuilt from stored paragraphs",
    };
}
