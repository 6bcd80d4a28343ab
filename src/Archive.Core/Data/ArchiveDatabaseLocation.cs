using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Archive.Core.Data;

/// <summary>
/// Which database holds the archive and where its files live. For SQLite a relative <c>Data Source</c>
/// is taken from the content root, so the web app and the CLI open the same file whatever the working
/// directory; the data folder (index, uploads, keys, locks) is the file's folder. For PostgreSQL the
/// connection string is used as given and the data folder is <c>Archive:DataPath</c>.
/// </summary>
public sealed class ArchiveDatabaseLocation
{
    public const string ConnectionStringName = "Archive";
    public const string DefaultConnectionString = "Data Source=data/archive.db";
    public const string ProviderKey = "Archive:Database";
    public const string DataPathKey = "Archive:DataPath";
    public const string DefaultDataPath = "data";

    public ArchiveDatabaseLocation(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Provider = ProviderFrom(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var dataPath = configuration[DataPathKey];
        if (Provider == ArchiveDatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
            var dataSource = builder.DataSource;
            if (dataSource.Length > 0 && dataSource != ":memory:"
                && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                && !Path.IsPathRooted(dataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            }

            ConnectionString = builder.ToString();
            DatabaseFile = builder.DataSource;
            Description = builder.DataSource;
            DataFolder = string.IsNullOrWhiteSpace(dataPath)
                ? Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) ?? contentRoot
                : Path.GetFullPath(Path.Combine(contentRoot, dataPath));
            return;
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is PostgreSQL but ConnectionStrings:{ConnectionStringName} is empty; set it, e.g. "
                + "\"Host=db.example.org;Database=archive;Username=archive;Password=…\".");
        }
        NpgsqlConnectionStringBuilder postgres;
        try
        {
            postgres = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a PostgreSQL connection string: {ex.Message}", ex);
        }
        ConnectionString = configured;
        // Never the password: this goes to logs and error messages.
        Description = $"PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
        DataFolder = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(dataPath) ? DefaultDataPath : dataPath));
    }

    public ArchiveDatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? DatabaseFile { get; }

    /// <summary>Where the derived and staged files live: the search index, uploads, data-protection keys, import locks.</summary>
    public string DataFolder { get; }

    /// <summary>The database as a person would name it (file path, or database and server), without secrets.</summary>
    public string Description { get; }

    /// <summary><c>Archive:Database</c>: <c>Sqlite</c> when unset; anything else but <c>PostgreSQL</c> stops the start with a reason.</summary>
    public static ArchiveDatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
            return ArchiveDatabaseProvider.Sqlite;
        if (Enum.TryParse<ArchiveDatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider))
            return provider;
        throw new InvalidOperationException($"{ProviderKey} is '{value}'; it takes Sqlite (the default) or PostgreSQL.");
    }
}
