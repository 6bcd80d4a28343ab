namespace Archive.Core.Data;

/// <summary>The system of record, chosen by <c>Archive:Database</c>.</summary>
public enum ArchiveDatabaseProvider
{
    /// <summary>One file beside the app, nothing to install: the default.</summary>
    Sqlite,

    /// <summary>A server, for several editors all day, millions of articles and several web nodes.</summary>
    PostgreSQL,
}
