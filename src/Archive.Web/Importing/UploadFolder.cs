using Archive.Web.Hosting;

namespace Archive.Web.Importing;

/// <summary>Where uploads wait for the importer: <c>uploads/</c> beside the database, one folder per upload.</summary>
public sealed class UploadFolder(ArchiveDatabaseLocation location)
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(location.DatabaseFile)!, "uploads");
}
