using System.IO.Compression;
using System.Text;

namespace Archive.Testing;

/// <summary>Builds zip bytes in memory, entry names exactly as given: hostile ones included.</summary>
public sealed class ZipBuilder(CompressionLevel compression = CompressionLevel.SmallestSize)
{
    private readonly List<(string Name, byte[] Content)> _entries = [];

    public ZipBuilder Entry(string name, string text) => Entry(name, Encoding.UTF8.GetBytes(text));

    public ZipBuilder Entry(string name, byte[] content)
    {
        _entries.Add((name, content));
        return this;
    }

    public ZipBuilder Directory(string name) => Entry(name.EndsWith('/') ? name : name + "/", []);

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _entries)
            {
                var entry = zip.CreateEntry(name, compression);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
