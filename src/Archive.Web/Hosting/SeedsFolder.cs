namespace Archive.Web.Hosting;

internal static class SeedsFolder
{
    /// <summary>
    /// The configured folder (relative to the content root), or the nearest <c>seeds/</c> at or above
    /// the content root, so a fresh clone run from <c>src/Archive.Web</c> finds the repository's seeds.
    /// </summary>
    public static string? Locate(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var path = Path.GetFullPath(Path.Combine(contentRoot, configuredPath));
            return Directory.Exists(path) ? path : null;
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seeds");
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }
}
