using Archive.Core.Data;

namespace Archive.Web.Cli;

/// <summary>What a command gets: the archive's services (same configuration as the web app) and the terminal.</summary>
internal sealed class CliContext(IServiceProvider services, TextWriter output, TextWriter error)
{
    public IServiceProvider Services { get; } = services;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when <see cref="Error"/> is an interactive terminal, where progress can be redrawn in place.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Piped standard input (e.g. a password), or null when it is a terminal.</summary>
    public TextReader? Input { get; init; }

    /// <summary>The database as messages name it: the SQLite file, or the PostgreSQL database and server.</summary>
    public string Database => Services.GetRequiredService<ArchiveDatabaseLocation>().Description;

    /// <summary>The folder of the index, uploads and import locks.</summary>
    public string DataFolder => Services.GetRequiredService<ArchiveDatabaseLocation>().DataFolder;

    /// <summary>Migrates the database; on failure tells the user why and returns false (exit with <see cref="CliExitCode.Failure"/>).</summary>
    public async Task<bool> PrepareDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = Services.CreateAsyncScope();
            await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Error.WriteLineAsync($"The database {Database} cannot be used: {ex.Message}");
            return false;
        }
    }
}
