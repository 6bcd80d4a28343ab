using Archive.Core.Data;

namespace Archive.Web.Importing;

/// <summary>Where uploads wait for the importer: <c>uploads/</c> in the data folder, one folder per upload.</summary>
public sealed class UploadFolder(ArchiveDatabaseLocation location)
{
    public string Path { get; } = System.IO.Path.Combine(location.DataFolder, "uploads");
}
