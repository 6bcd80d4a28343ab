namespace Archive.Benchmarks.ArchiveSide;

internal static class ArchiveFolders
{
    /// <summary>Copies an archive's folder (database and index) without the lock files of the process that owned it.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) is "write.lock" or "imports.lock" || Path.GetFileName(Path.GetDirectoryName(file)) == ".leases")
                continue;
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
