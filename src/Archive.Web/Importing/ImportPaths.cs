using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Web.Importing;

/// <summary>
/// What the import pages and API show of a run's source and its files' paths. Editors see them as
/// recorded; readers never see where the server keeps files: a CLI run's absolute paths are shown from
/// the folder or file the run was given (<c>/srv/data/articulos/sub/a.txt</c> as <c>articulos/sub/a.txt</c>).
/// Either way bidirectional controls are shown as code points, so a name cannot read reversed.
/// </summary>
public static partial class ImportPaths
{
    /// <summary>The source as readers see it: each absolute path reduced to its last segment.</summary>
    public static string Source(string source, bool fullPaths) =>
        VisibleText.ShowBidiControls(fullPaths ? source : string.Join(' ', Roots(source).Select(Shown)));

    /// <summary>A file's path as readers see it: relative to the parent of the root it was found under.</summary>
    public static string File(string path, string source, bool fullPaths)
    {
        if (fullPaths || !IsAbsolute(path))
            return VisibleText.ShowBidiControls(path);
        var normalised = path.Replace('\\', '/');
        var root = Roots(source).Where(IsAbsolute)
            .Select(r => r.Replace('\\', '/').TrimEnd('/'))
            .Where(r => normalised.StartsWith(r + "/", StringComparison.Ordinal) || normalised == r)
            .MaxBy(r => r.Length);
        var shown = root is null
            ? Shown(normalised)
            : Shown(root) + normalised[root.Length..];
        return VisibleText.ShowBidiControls(shown);
    }

    /// <summary>
    /// The CLI records its arguments as absolute paths joined by spaces; a space followed by an absolute
    /// path starts the next one (a folder name with " /" inside is the one case read as two).
    /// </summary>
    private static string[] Roots(string source) => RootSeparator().Split(source);

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '/' or '\\');

    private static string Shown(string part)
    {
        if (!IsAbsolute(part))
            return part;
        var trimmed = part.Replace('\\', '/').TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return name.Length == 0 ? "/" : name;
    }

    [GeneratedRegex(@" (?=/|[A-Za-z]:[\\/])")]
    private static partial Regex RootSeparator();
}
