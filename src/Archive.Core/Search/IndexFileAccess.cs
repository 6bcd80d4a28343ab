namespace Archive.Core.Search;

/// <summary>How the process reads the search index's files (<c>Archive:SearchIndex:FileAccess</c>).</summary>
public enum IndexFileAccess
{
    /// <summary>
    /// Positional reads into small buffers (<see cref="PositionalReadDirectory"/>). The parts of the index read
    /// recently stay in the operating system's file cache, which any process shares and the kernel
    /// trims under pressure; they are not part of the app's working set.
    /// </summary>
    Read = 0,

    /// <summary>
    /// Memory-mapped (MMapDirectory, Lucene's default on 64-bit): every page a search or merge touched
    /// counts in the app's working set until the segment is closed. In Lucene.NET 4.8 each byte read
    /// through a mapping also pays a pointer acquire and release, which concurrent searches contend on.
    /// </summary>
    Mapped = 1,
}
