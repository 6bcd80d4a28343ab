namespace Archive.Core.Importing;

/// <summary>The pipeline's first step: the files under the paths asked for, folders read recursively in a stable order.</summary>
internal static class ImportSources
{
    public static List<SourceFile> List(IReadOnlyList<string> paths, bool includeHidden = false)
    {
        var files = new List<SourceFile>();
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        if (includeHidden)
            enumeration.AttributesToSkip = FileAttributes.None;
        foreach (var path in paths)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(path);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                files.Add(new SourceFile(path, path, ImportReason.Of(ImportReasonCode.InvalidPath, exception.Message)));
                continue;
            }

            if (File.Exists(fullPath))
            {
                files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), null));
            }
            else if (Directory.Exists(fullPath))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(fullPath, "*", enumeration)
                        .Select(file => new SourceFile(file, Path.GetRelativePath(fullPath, file).Replace('\\', '/'), null))
                        .OrderBy(file => file.RelativeName, StringComparer.Ordinal));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), ImportReason.Of(ImportReasonCode.FolderUnreadable, exception.Message)));
                }
            }
            else
            {
                files.Add(new SourceFile(fullPath, Path.GetFileName(fullPath), ImportReason.Of(ImportReasonCode.PathNotFound)));
            }
        }
        return files;
    }
}
