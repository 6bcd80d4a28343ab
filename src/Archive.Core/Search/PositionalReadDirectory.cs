using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Core.Search;

/// <summary>
/// The index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux) into small buffers: what Lucene's NIOFSDirectory promises. Lucene.NET 4.8's NIOFSDirectory reads
/// through the FileStream's own position under a lock per file, and asks the file's length before every read, so
/// concurrent searches queued on each other's reads of the same compound file and a third of an article page's
/// search was spent in those calls. A handle read this way has no position: clones and threads share it freely.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo folder) : FSDirectory(folder, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new PositionalIndexInput(path, handle, 0, RandomAccess.GetLength(handle), BufferSize(name, context), ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), context);
    }

    /// <summary>
    /// Lucene's 1 KB read buffer took a call per kilobyte: a stored document (16 KB compressed chunks) took 16. With 8 KB
    /// a common word's search took about a fifth less CPU at 100,000 articles; each input clone allocates its buffer once.
    /// </summary>
    private const int ReadBufferSize = 8192;

    /// <summary>
    /// Doc values data (<c>.dvd</c>) keep Lucene's small buffer: top words read a few hundred ordinals of each of a
    /// thousand scattered articles, and a larger buffer only reads more bytes that are not used. So does the terms
    /// dictionary (<c>.tim</c>): a query seeks each of its words in each field it is expanded to, in every segment,
    /// each seek from a fresh clone of the input that allocates its own buffer to read one block of a few hundred bytes.
    /// So do postings and positions (<c>.doc</c>, <c>.pos</c>): every term scorer clones them per segment, and most
    /// terms' postings in most segments are a few hundred bytes; with 8 KB buffers an article page's related articles
    /// (some 35 terms over a score of segments) allocated 4 MB of buffers it barely read.
    /// </summary>
    private static int BufferSize(string fileName, IOContext context) =>
        SmallReads.Any(extension => fileName.EndsWith(extension, StringComparison.Ordinal))
            ? BufferedIndexInput.GetBufferSize(context)
            : Math.Max(BufferedIndexInput.GetBufferSize(context), ReadBufferSize);

    private static readonly string[] SmallReads = [".dvd", ".tim", ".doc", ".pos"];

    /// <summary>Slices of a compound file share the slicer's handle; the slicer closes it.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        // A compound file names each slice after the file it holds.
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalIndexInput($"{sliceDescription} in {path} [{offset}..{offset + length})", handle, offset, length, BufferSize(sliceDescription, context), ownsHandle: false);

        [Obsolete("Only for reading compound files of 3.x indexes, which this archive never wrote.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                handle.Dispose();
        }
    }

    private sealed class PositionalIndexInput(string description, SafeFileHandle handle, long offset, long length, int bufferSize, bool ownsHandle)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _isClone = !ownsHandle;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalIndexInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset1, int len)
        {
            var position = Position;
            if (position + len > length)
                throw new EndOfStreamException($"read past EOF: {this}");
            var target = b.AsSpan(offset1, len);
            var at = offset + position;
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(handle, target, at);
                if (read <= 0)
                    throw new EndOfStreamException($"read past EOF: {this} at {at}");
                target = target[read..];
                at += read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Reads are positional: nothing to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone)
                handle.Dispose();
        }
    }
}
