using Archive.Core.Data;
using Archive.Web.Cli;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Archive.Benchmarks.Nodes;

/// <summary>
/// The database the nodes share: the benchmark archive's SQLite copy, or, with <c>--postgres</c>, a new PostgreSQL
/// database the copy is moved into with the CLI's own <c>migrate-to-postgres</c> (dropped when the part ends).
/// </summary>
internal sealed class NodesDatabase(string sqliteConnectionString, string? postgresServer) : IAsyncDisposable
{
    private readonly string _name = $"archive_bench_nodes_{Guid.NewGuid():N}";
    private bool _created;

    public ArchiveDatabaseProvider Provider => postgresServer is null ? ArchiveDatabaseProvider.Sqlite : ArchiveDatabaseProvider.PostgreSQL;

    public string ConnectionString => postgresServer is null
        ? sqliteConnectionString
        : new NpgsqlConnectionStringBuilder(postgresServer) { Database = _name }.ToString();

    /// <summary>What points a node or a CLI command at this database, besides its connection string.</summary>
    public (string Key, string Value)[] Settings => [(ArchiveDatabaseLocation.ProviderKey, Provider.ToString())];

    public string[] CliOptions =>
    [
        $"--{ArchiveDatabaseLocation.ProviderKey}={Provider}",
        $"--ConnectionStrings:{ArchiveDatabaseLocation.ConnectionStringName}={ConnectionString}",
    ];

    public ArchiveDbContext Open() => new ArchiveDbContextFactory(new ArchiveDatabaseLocation(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ArchiveDatabaseLocation.ProviderKey] = Provider.ToString(),
            [$"ConnectionStrings:{ArchiveDatabaseLocation.ConnectionStringName}"] = ConnectionString,
        }).Build(),
        Path.GetTempPath())).CreateDbContext();

    public async Task MoveToPostgresAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync($"CREATE DATABASE \"{_name}\"", cancellationToken);
        _created = true;
        var (exitCode, output) = await Archive.Benchmarks.ArchiveSide.ArchiveCliRunner.RunAsync(null, "migrate-to-postgres", ConnectionString, $"--ConnectionStrings:{ArchiveDatabaseLocation.ConnectionStringName}={sqliteConnectionString}");
        if (exitCode != CliExitCode.Success)
            throw new InvalidOperationException($"migrate-to-postgres failed ({exitCode}): {output}");
    }

    /// <summary>The PostgreSQL database's size on disk (tables, indexes, TOAST), for the capacity plan; null on SQLite.</summary>
    public async Task<long?> PostgresBytesAsync(CancellationToken cancellationToken)
    {
        if (postgresServer is null)
            return null;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created)
            return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
    }

    // An identifier cannot be a parameter; the name is ours, letters, digits and underscores only.
    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
