using System.IO.Compression;

namespace Archive.Core.Importing;

/// <summary>
/// The bytes of an imported file as kept on its article: gzip at the fastest level, which shrinks
/// news text to about a third for a few microseconds an article.
/// </summary>
public static class SourceContent
{
    public static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var output = new MemoryStream(content.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(content);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var input = new GZipStream(new MemoryStream(stored, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream(stored.Length * 3);
        input.CopyTo(output);
        return output.ToArray();
    }
}
