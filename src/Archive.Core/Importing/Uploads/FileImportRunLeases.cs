namespace Archive.Core.Importing.Uploads;

/// <summary>
/// An exclusive lock on one of <see cref="Stripes"/> files in <c>uploads/.leases/</c>: every process of an SQLite
/// archive is on one machine, and the operating system drops the lock with the process that held it. The files are
/// shared by runs (run N takes file N mod <see cref="Stripes"/>) and never deleted, because deleting a lock file
/// lets a second process lock a new file of the same name while a third still locks the old one.
/// </summary>
internal sealed class FileImportRunLeases(string uploadsFolder) : ImportRunLeases
{
    internal const int Stripes = 16;

    public override Task<IAsyncDisposable?> TryTakeAsync(int importRunId, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(uploadsFolder, ".leases");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FormattableString.Invariant($"{importRunId % Stripes}.lock"));
        try
        {
            return Task.FromResult<IAsyncDisposable?>(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }
}
