using Archive.Core.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Archive.Testing;

/// <summary>
/// The database a test runs on, for either provider: the one fixture every database test builds on.
/// The provider comes from <c>ARCHIVE_TEST_DATABASE</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>);
/// on PostgreSQL each instance is a database of its own on the server <c>ARCHIVE_TEST_POSTGRES</c> names
/// (tests/run.sh starts one and sets both), created empty and dropped on dispose, so tests stay isolated
/// as they are with one SQLite file per temp folder. Each database is a copy of a template migrated once
/// per test process (CREATE DATABASE … TEMPLATE copies files, far quicker than running every migration
/// again); the app then migrates what is left (the accounts) like any other start.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "ARCHIVE_TEST_DATABASE";
    public const string ServerVariable = "ARCHIVE_TEST_POSTGRES";

    private static readonly Lock _templateLock = new();
    private static string? _template;

    private readonly string? _postgresName;

    private TestDatabase(ArchiveDatabaseProvider provider, string dataFolder, string connectionString, string? postgresName)
    {
        Provider = provider;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>The provider this test run is for.</summary>
    public static ArchiveDatabaseProvider RunProvider
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(ProviderVariable);
            if (string.IsNullOrWhiteSpace(value))
                return ArchiveDatabaseProvider.Sqlite;
            return Enum.TryParse<ArchiveDatabaseProvider>(value, ignoreCase: true, out var provider)
                ? provider
                : throw new InvalidOperationException($"{ProviderVariable}={value}: it takes Sqlite or PostgreSQL.");
        }
    }

    /// <summary>The admin connection string of the test server, or null when none was started.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Why a PostgreSQL-only test cannot run here, or null when it can.</summary>
    public static string? PostgresUnavailableReason => PostgresServer is null
        ? $"no PostgreSQL server: {ServerVariable} is not set (tests/run.sh starts PostgreSQL 15 and sets it)"
        : null;

    public ArchiveDatabaseProvider Provider { get; }

    public string DataFolder { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file, when the provider is SQLite.</summary>
    public string? DatabaseFile => Provider == ArchiveDatabaseProvider.Sqlite ? Path.Combine(DataFolder, "archive.db") : null;

    /// <summary>The run's provider, in the data folder (SQLite) or as a fresh database on the server (PostgreSQL).</summary>
    public static TestDatabase Create(string dataFolder) => Create(dataFolder, RunProvider);

    public static TestDatabase Create(string dataFolder, ArchiveDatabaseProvider provider)
    {
        if (provider == ArchiveDatabaseProvider.Sqlite)
            return Sqlite(dataFolder);

        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{ProviderVariable}=PostgreSQL but {ServerVariable} is not set: the PostgreSQL run needs a real server "
            + "(tests/run.sh starts one); set it to an admin connection string such as \"Host=127.0.0.1;Port=5432;Username=postgres;Password=…\".");
        var name = $"archive_test_{Guid.NewGuid():N}";
        lock (_templateLock)
        {
            // Copies of one template are made one at a time: PostgreSQL refuses a copy while the template is in use.
            _template ??= CreateTemplate(server);
            Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_template}\"");
        }
        return new TestDatabase(ArchiveDatabaseProvider.PostgreSQL, dataFolder, On(server, name), name);
    }

    private static string CreateTemplate(string server)
    {
        var name = $"archive_template_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        var location = new ArchiveDatabaseLocation(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ArchiveDatabaseLocation.ProviderKey] = nameof(ArchiveDatabaseProvider.PostgreSQL),
                [$"ConnectionStrings:{ArchiveDatabaseLocation.ConnectionStringName}"] = On(server, name),
            }).Build(),
            Path.GetTempPath());
        using (var db = new ArchiveDbContextFactory(location).CreateDbContext())
            ArchiveDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        using (var template = new NpgsqlConnection(On(server, name)))
            NpgsqlConnection.ClearPool(template);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    }

    private static string On(string server, string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();

    // An identifier cannot be a parameter; every name here is ours, letters, digits and underscores only.
    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>An SQLite file in the folder, whatever the run's provider (tests that build the file themselves).</summary>
    public static TestDatabase Sqlite(string dataFolder) =>
        new(ArchiveDatabaseProvider.Sqlite, dataFolder, $"Data Source={Path.Combine(dataFolder, "archive.db")}", null);

    /// <summary>The settings that point the app at this database, as a host's configuration takes them.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [ArchiveDatabaseLocation.ProviderKey] = Provider.ToString(),
        [$"ConnectionStrings:{ArchiveDatabaseLocation.ConnectionStringName}"] = ConnectionString,
        [ArchiveDatabaseLocation.DataPathKey] = DataFolder,
    };

    /// <summary>The same settings as command-line options, for <c>ArchiveCli.TryRunAsync</c>.</summary>
    public string[] CliOptions => [.. Settings.Select(s => $"--{s.Key}={s.Value}")];

    /// <summary>The location the app would derive from <see cref="Settings"/>.</summary>
    public ArchiveDatabaseLocation Location =>
        new(new ConfigurationBuilder().AddInMemoryCollection(Settings!).Build(), DataFolder);

    /// <summary>A context of the right provider on this database, outside any app.</summary>
    public ArchiveDbContext CreateDbContext() => new ArchiveDbContextFactory(Location).CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is null || PostgresServer is not { } server)
            return;
        await using (var own = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(own);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}
