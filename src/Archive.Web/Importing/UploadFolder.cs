using Archive.Core.Data;
using Archive.Core.Importing.Uploads;

namespace Archive.Web.Importing;

/// <summary>Where uploads wait for the importer, one folder per upload: <c>Archive:Upload:Path</c>, or <c>uploads/</c> in the data folder.</summary>
public sealed class UploadFolder(ArchiveDatabaseLocation location, UploadOptions options)
{
    public string Path { get; } = string.IsNullOrWhiteSpace(options.Path)
        ? System.IO.Path.Combine(location.DataFolder, "uploads")
        : System.IO.Path.GetFullPath(options.Path);
}
