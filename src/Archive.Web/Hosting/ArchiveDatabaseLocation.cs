using Microsoft.Data.Sqlite;

namespace Archive.Web.Hosting;

/// <summary>
/// The SQLite connection string with its file made absolute: a relative <c>Data Source</c> is taken
/// from the content root, so the web app and the CLI open the same file whatever the working directory.
/// </summary>
public sealed class ArchiveDatabaseLocation
{
    public const string ConnectionStringName = "Archive";
    public const string DefaultConnectionString = "Data Source=data/archive.db";

    public ArchiveDatabaseLocation(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
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
    }

    public string ConnectionString { get; }

    public string DatabaseFile { get; }
}
