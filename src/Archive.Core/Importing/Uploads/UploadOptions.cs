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

    /// <summary>Uploads waiting for the background importer before new ones are told to try again later.</summary>
    public int QueueCapacity { get; set; } = 8;

    /// <summary>What is wrong with these settings, or null when they can be used.</summary>
    public string? Problem() => this switch
    {
        { MaxUploadBytes: <= 0 } => "Archive:Upload:MaxUploadBytes must be a positive number of bytes.",
        { MaxEntries: <= 0 } => "Archive:Upload:MaxEntries must be at least 1.",
        { MaxExpansionRatio: <= 0 } => "Archive:Upload:MaxExpansionRatio must be at least 1.",
        { ExpansionRatioFloorBytes: < 0 } => "Archive:Upload:ExpansionRatioFloorBytes cannot be negative.",
        { SweepSeconds: <= 0 } => "Archive:Upload:SweepSeconds must be at least 1.",
        { QueueCapacity: <= 0 } => "Archive:Upload:QueueCapacity must be at least 1.",
        _ => null,
    };
}
