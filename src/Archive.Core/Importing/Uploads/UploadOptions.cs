namespace Archive.Core.Importing.Uploads;

/// <summary>How much one upload may bring in. Every limit is counted on the bytes actually written, never on what a zip header claims.</summary>
public sealed class UploadOptions
{
    /// <summary>Largest single file, zip entries included; the web app sets it to the importer's <see cref="ImportOptions.MaxFileBytes"/>.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Bytes one upload may put on disk, after decompression, all files and entries together.</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Files one upload may hold, counting every zip entry.</summary>
    public int MaxEntries { get; set; } = 5000;

    /// <summary>Most bytes out per compressed byte in, for each zip entry and for a zip as a whole.</summary>
    public int MaxExpansionRatio { get; set; } = 100;

    /// <summary>
    /// Below this many bytes out the ratio is not judged: a short, repetitive text compresses far
    /// better than prose, and at this size it costs nothing to accept.
    /// </summary>
    public long ExpansionRatioFloorBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Where uploads wait for the importer (<c>uploads/</c> in the data folder when unset). With several web nodes it
    /// must be one folder every node mounts at the same path: the node that takes a run up may not be the one that received it.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>How long the background importer waits idle before it looks for unfinished runs nobody holds (another node's, a dead one's).</summary>
    public int SweepSeconds { get; set; } = 30;
}
