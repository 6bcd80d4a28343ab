using System.Globalization;

namespace Archive.Benchmarks.Reporting;

/// <summary>
/// One reading of a process's working set (resident set) and what it is made of, from
/// <c>/proc/&lt;pid&gt;/status</c> on Linux: anonymous pages (the GC heap, native allocations such as
/// SQLite's page cache, thread stacks) against file pages mapped into the process (the loaded
/// assemblies and, with memory-mapped index files, the Lucene files a search or merge has touched).
/// File pages are clean copies of files the kernel can drop under pressure; anonymous pages are not.
/// Elsewhere only the total is known.
/// </summary>
public readonly record struct MemorySample(long TotalBytes, long? AnonymousBytes, long? FileBytes)
{
    public static MemorySample Read(System.Diagnostics.Process process)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return FromStatus(File.ReadAllLines($"/proc/{process.Id}/status"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended between samples.
                return default;
            }
        }
        process.Refresh();
        return process.HasExited ? default : new MemorySample(process.WorkingSet64, null, null);
    }

    internal static MemorySample FromStatus(IEnumerable<string> lines)
    {
        long total = 0, anonymous = 0, file = 0, shared = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                total = Kilobytes(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                anonymous = Kilobytes(line);
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                file = Kilobytes(line);
            else if (line.StartsWith("RssShmem:", StringComparison.Ordinal))
                shared = Kilobytes(line);
        }
        return new MemorySample(total, anonymous + shared, file);
    }

    /// <summary>"312.4 MB (anon 201.0 MB, files 111.4 MB)", or the bare total where the parts are unknown.</summary>
    public string Describe() => AnonymousBytes is { } anonymous && FileBytes is { } file
        ? $"{Format.Mb(TotalBytes)} (anon {Format.Mb(anonymous)}, files {Format.Mb(file)})"
        : Format.Mb(TotalBytes);

    private static long Kilobytes(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
    }
}
