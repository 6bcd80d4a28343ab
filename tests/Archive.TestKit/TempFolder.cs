using Microsoft.Data.Sqlite;

namespace Archive.Testing;

/// <summary>A temporary folder removed after the test, for article files and SQLite databases.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "archive-test-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string WriteBytes(string relativePath, byte[] content)
    {
        var file = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
