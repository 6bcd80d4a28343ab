namespace Archive.Core.Importing;

public sealed class ImportOptions
{
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// The year the imported files' datelines are in ("NEW YORK, March 2 -" names no year), which
    /// makes the dateline a published date; null leaves files without a dated source undated.
    /// </summary>
    public int? DatelineYear { get; set; }
}
