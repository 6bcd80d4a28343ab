namespace Archive.Benchmarks;

/// <summary>Where the repository is, found from the running binary so the runner works from any current folder.</summary>
public sealed class RepositoryPaths
{
    private RepositoryPaths(string root) => Root = root;

    public string Root { get; }
    public string Seeds => Path.Combine(Root, "seeds");
    public string Results => Path.Combine(Root, "tests", "Archive.Benchmarks", "results");
    public string WebProject => Path.Combine(Root, "src", "Archive.Web");
    public string WebAssembly => Path.Combine(WebProject, "bin", "Release", "net10.0", "Archive.Web.dll");

    public static RepositoryPaths Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Archive.sln")))
                    return new RepositoryPaths(folder.FullName);
            }
        }
        throw new InvalidOperationException("Cannot find Archive.sln above the benchmark binary or the current folder.");
    }
}
