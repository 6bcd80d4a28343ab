namespace Archive.Core.Tests.Builders;

/// <summary>The repository's seed files, copied next to the test assembly by the project file.</summary>
public static class Seeds
{
    public const string WithoutTitle = "000_c080a081117f010a.txt";
    public const string RepeatedTitle = "002_4fff8efff1149e5b.txt";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));
}
