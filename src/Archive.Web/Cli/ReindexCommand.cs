using Archive.Core.Diagnostics;
using Archive.Core.Search;
using Archive.Web.Search;

namespace Archive.Web.Cli;

/// <summary><c>reindex</c>: rebuilds the search index from the database (the index is derived and always rebuildable).</summary>
internal sealed class ReindexCommand : ICliCommand
{
    public string Name => "reindex";

    public string Synopsis => "reindex";

    public string Description => "Rebuild the search index from the database (stop the web app first).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            await context.Error.WriteLineAsync("reindex takes no arguments.");
            return CliExitCode.Usage;
        }
        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;

        var folder = IndexFolder(context);
        using var index = SearchIndex.TryOpen(folder, context.Services.GetRequiredService<ILogger<SearchIndex>>(), context.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchIndexOptions>>().Value);
        if (index is null)
        {
            await context.Error.WriteLineAsync(
                $"The search index in {folder} is held by the running web app, so it cannot be rebuilt now. " +
                "The app keeps it current by itself; stop it and run reindex again to force a rebuild.");
            return CliExitCode.Failure;
        }

        await context.Error.WriteLineAsync($"Rebuilding the search index in {folder} …");
        var indexer = new SearchIndexer(index, context.Services.GetRequiredService<ILogger<SearchIndexer>>());
        await using var db = SearchServices.CreateDbContext(context.Services);
        var result = await indexer.RebuildAsync(db, cancellationToken);
        await context.Output.WriteLineAsync($"Search index rebuilt in {folder}: {result.Indexed} articles indexed.");
        return CliExitCode.Success;
    }

    public static string IndexFolder(CliContext context) => SearchServices.IndexFolder(context.Services);

    /// <summary>
    /// After a CLI import: index the new articles now, or, when the web app holds the index,
    /// leave them in the outbox for it (it catches up within seconds).
    /// </summary>
    public static async Task CatchUpAfterImportAsync(CliContext context, CancellationToken cancellationToken)
    {
        var folder = IndexFolder(context);
        using var index = SearchIndex.TryOpen(folder, context.Services.GetRequiredService<ILogger<SearchIndex>>(), context.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchIndexOptions>>().Value);
        if (index is null)
        {
            await context.Output.WriteLineAsync("The search index is in use by the running app; the running app will index these articles.");
            return;
        }
        var indexer = new SearchIndexer(
            index, context.Services.GetRequiredService<ILogger<SearchIndexer>>(), context.Services.GetRequiredService<DiagnosticHalt>());
        await using var db = SearchServices.CreateDbContext(context.Services);
        var result = await indexer.EnsureReadyAsync(db, cancellationToken);
        await context.Output.WriteLineAsync(result.Rebuilt
            ? $"Search index rebuilt: {result.Indexed} articles indexed."
            : $"Search index updated: {result.Indexed} articles indexed.");
    }
}
