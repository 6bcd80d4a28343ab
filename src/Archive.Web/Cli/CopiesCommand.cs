using System.Globalization;
using Archive.Core.Copies;

namespace Archive.Web.Cli;

/// <summary><c>copies detect</c>: signs stored articles and groups their syndicated copies into stories.</summary>
internal sealed class CopiesCommand : ICliCommand
{
    public string Name => "copies";

    public string Synopsis => "copies detect";

    public string Description => "Find syndicated copies among stored articles (those without an up-to-date signature) and group them into stories.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments is not ["detect"])
        {
            await context.Error.WriteLineAsync("copies takes one subcommand: copies detect");
            return CliExitCode.Usage;
        }
        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;

        var summary = await DetectAsync(context, cancellationToken);
        if (summary is null)
            return CliExitCode.Failure;
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{summary.ArticlesSigned} article(s) signed, {summary.Grouped} joined a story; the archive has {summary.Stories} stories of copies holding {summary.ArticlesInStories} articles."));
        try
        {
            await ReindexCommand.CatchUpAfterImportAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"The stories are saved but could not be indexed now ({ex.Message}); the web app will index them when it starts.");
        }
        return CliExitCode.Success;
    }

    /// <summary>Also run after <c>reclean</c>, whose changed texts make their signatures stale. Null when it failed (said on stderr).</summary>
    internal static async Task<CopyDetectionSummary?> DetectAsync(CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var detection = scope.ServiceProvider.GetRequiredService<CopyDetection>();
        try
        {
            return await detection.DetectAsync(new ProgressLine(context.Error, context.ErrorIsTerminal), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"Copy detection failed: {ex.Message}");
            return null;
        }
    }

    /// <summary>On a terminal one line redrawn per batch; redirected, a line per batch.</summary>
    private sealed class ProgressLine(TextWriter error, bool terminal) : IProgress<CopyDetectionProgress>
    {
        public void Report(CopyDetectionProgress value)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"  {value.Done * 100 / Math.Max(1, value.Total),3}% {value.Done}/{value.Total} articles signed, {value.Grouped} joined a story");
            if (terminal)
            {
                error.Write('\r');
                error.Write(line);
                if (value.Done >= value.Total)
                    error.WriteLine();
            }
            else
            {
                error.WriteLine(line);
            }
            error.Flush();
        }
    }
}
