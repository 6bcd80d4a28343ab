namespace Archive.Core.Search;

/// <summary>
/// The <c>Archive:SearchIndex</c> settings: what the index writer and readers may hold in memory.
/// See README, "Memory".
/// </summary>
public sealed class SearchIndexOptions
{
    public const string SectionName = "Archive:SearchIndex";

    public const int MinWriterBufferMB = 4;
    public const int MaxWriterBufferMB = 512;

    /// <summary>How index files are read; <see cref="IndexFileAccess.Read"/> keeps them out of the working set.</summary>
    public IndexFileAccess FileAccess { get; set; } = IndexFileAccess.Read;

    /// <summary>
    /// Megabytes of new documents the index writer buffers before it writes a segment (Lucene's
    /// RAMBufferSizeMB). A catch-up commits every 500 articles anyway, so a buffer
    /// larger than one batch's documents only matters for a rebuild.
    /// </summary>
    public int WriterBufferMB { get; set; } = 32;

    public const int MaxCatchUpGatherMs = 5_000;

    /// <summary>
    /// Milliseconds a woken catch-up waits, counted from the end of the previous round, before it reads the outbox: the
    /// writes of that moment (an editor tagging, other nodes' notifications) then go into one Lucene commit, one reader
    /// reopen and one report instead of one each. It adds at most this much to the time a change takes to be searchable.
    /// </summary>
    public int CatchUpGatherMs { get; set; } = 250;

    /// <summary>Null when valid; else what is wrong, naming the setting.</summary>
    public string? Problem() =>
        !Enum.IsDefined(FileAccess) ? $"{SectionName}:FileAccess must be Read or Mapped."
        : WriterBufferMB is < MinWriterBufferMB or > MaxWriterBufferMB ? $"{SectionName}:WriterBufferMB must be between {MinWriterBufferMB} and {MaxWriterBufferMB}."
        : CatchUpGatherMs is < 0 or > MaxCatchUpGatherMs ? $"{SectionName}:CatchUpGatherMs must be between 0 and {MaxCatchUpGatherMs}."
        : null;
}
