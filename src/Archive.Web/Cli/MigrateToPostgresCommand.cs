using Archive.Core.Data;
using Archive.Core.Data.PostgreSQL;
using Archive.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Archive.Web.Cli;

/// <summary>
/// <c>migrate-to-postgres CONNECTION</c>: copies the configured SQLite archive (articles, imports, tags,
/// audit, researchers' data, accounts) into an empty PostgreSQL database and checks every table's count.
/// The search index is not copied: it is derived, and an app on the new database rebuilds it.
/// </summary>
internal sealed class MigrateToPostgresCommand : ICliCommand
{
    public string Name => "migrate-to-postgres";

    public string Synopsis => "migrate-to-postgres CONNECTION";

    public string Description => "Copy this SQLite archive, accounts and audit included, into an empty PostgreSQL database and verify the counts (stop the web app first).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await context.Error.WriteLineAsync("migrate-to-postgres takes one argument: the PostgreSQL connection string, e.g. \"Host=db;Database=archive;Username=archive;Password=…\".");
            return CliExitCode.Usage;
        }
        var location = context.Services.GetRequiredService<ArchiveDatabaseLocation>();
        if (location.Provider != ArchiveDatabaseProvider.Sqlite)
        {
            await context.Error.WriteLineAsync("migrate-to-postgres copies an SQLite archive; this configuration already names PostgreSQL (Archive:Database).");
            return CliExitCode.Usage;
        }
        NpgsqlConnectionStringBuilder targetBuilder;
        try
        {
            targetBuilder = new NpgsqlConnectionStringBuilder(arguments[0]);
        }
        catch (ArgumentException ex)
        {
            await context.Error.WriteLineAsync($"That is not a PostgreSQL connection string: {ex.Message}");
            return CliExitCode.Usage;
        }
        var targetName = $"PostgreSQL database {targetBuilder.Database} on {targetBuilder.Host}:{targetBuilder.Port}";

        if (!await context.PrepareDatabaseAsync(cancellationToken))
            return CliExitCode.Failure;
        await using var scope = context.Services.CreateAsyncScope();
        var sourceArchive = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var sourceAccounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await using var targetArchive = new PostgresArchiveDbContext(
            new DbContextOptionsBuilder<ArchiveDbContext>().UseArchivePostgres(arguments[0]).Options);
        await using var targetAccounts = new PostgresAccountsDbContext(
            new DbContextOptionsBuilder<PostgresAccountsDbContext>()
                .UseNpgsql(arguments[0], x => x.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);
        try
        {
            await ArchiveAccounts.MigrateAccountsAsync(scope.ServiceProvider, cancellationToken);
            await ArchiveDatabase.MigrateAsync(targetArchive, cancellationToken);
            await targetAccounts.Database.MigrateAsync(cancellationToken);
            // The roles are rows too: an empty target has none, and the copy brings the source's.
            if (!await DatabaseCopy.IsEmptyAsync(targetArchive, cancellationToken) || !await DatabaseCopy.IsEmptyAsync(targetAccounts, cancellationToken))
            {
                await context.Error.WriteLineAsync($"The {targetName} is not empty; migrate-to-postgres only fills an empty database, so nothing was copied.");
                return CliExitCode.Failure;
            }

            await context.Error.WriteLineAsync($"Copying {location.Description} into the {targetName} …");
            var progress = new TableProgress(context.Error);
            var counts = new List<TableCount>();
            counts.AddRange(await DatabaseCopy.CopyAsync(sourceArchive, targetArchive, progress, cancellationToken));
            counts.AddRange(await DatabaseCopy.CopyAsync(sourceAccounts, targetAccounts, progress, cancellationToken));

            var width = counts.Max(c => c.Table.Length) + 2;
            foreach (var count in counts)
                await context.Output.WriteLineAsync($"{count.Table.PadRight(width)}{count.Source,10} {count.Target,10}{(count.Matches ? "" : "  MISMATCH")}");
            var mismatched = counts.Where(c => !c.Matches).ToList();
            if (mismatched.Count > 0)
            {
                await context.Error.WriteLineAsync($"The counts differ in {string.Join(", ", mismatched.Select(c => c.Table))}; do not switch to the new database.");
                return CliExitCode.Failure;
            }
            await context.Output.WriteLineAsync(
                $"Copied {counts.Sum(c => c.Target)} rows in {counts.Count} tables; every count matches. Set Archive:Database=PostgreSQL and "
                + "ConnectionStrings:Archive to the new database; the app rebuilds its search index on the first start.");
            return CliExitCode.Success;
        }
        catch (Exception ex) when (ex is DbUpdateException or NpgsqlException or InvalidOperationException)
        {
            await context.Error.WriteLineAsync($"The copy into the {targetName} failed: {ex.GetBaseException().Message}. Empty the target database (drop and create it) before trying again.");
            return CliExitCode.Failure;
        }
    }

    /// <summary>Synchronous: reports arrive in table order.</summary>
    private sealed class TableProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"  {value}");
    }
}
