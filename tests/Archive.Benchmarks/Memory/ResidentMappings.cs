using System.Globalization;

namespace Archive.Benchmarks.Memory;

/// <summary>
/// Where a process's resident pages are, from <c>/proc/&lt;pid&gt;/smaps</c>: anonymous memory (GC heap,
/// native allocations, stacks), the search index's files by extension (memory-mapped by Lucene), the
/// loaded code, and the rest. Linux only; elsewhere it is empty.
/// </summary>
public static class ResidentMappings
{
    private static readonly System.Buffers.SearchValues<char> _hex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static IReadOnlyList<(string What, long Bytes)> Read(int processId, string indexFolder)
    {
        var path = $"/proc/{processId}/smaps";
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
            return [];
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return [];
        }
        var index = Path.GetFullPath(indexFolder).TrimEnd('/') + "/";
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        var current = "other";
        foreach (var line in lines)
        {
            if (IsMappingHeader(line))
            {
                current = Classify(line, index);
                continue;
            }
            if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                totals[current] = totals.GetValueOrDefault(current) + kb * 1024;
            }
        }
        return totals.Where(t => t.Value > 0).OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value)).ToList();
    }

    /// <summary>A mapping header starts with an address range ("7f3a…-7f3b… r--s 00000000 08:01 1234 /path"); field lines with "Name:".</summary>
    private static bool IsMappingHeader(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
            return false;
        var range = line.AsSpan(0, space);
        var dash = range.IndexOf('-');
        return dash > 0 && !range.Contains(':') && !range[..dash].ContainsAnyExcept(_hex);
    }

    private static string Classify(string header, string indexFolder)
    {
        var fields = header.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        var file = fields.Length >= 6 ? fields[5].Trim() : "";
        if (file.Length == 0 || file.StartsWith('['))
            return file == "[stack]" ? "stacks" : "anonymous (GC heap, native, stacks)";
        if (file.StartsWith(indexFolder, StringComparison.Ordinal))
            return $"index files *{Path.GetExtension(file.Replace(" (deleted)", "", StringComparison.Ordinal))}" + (file.EndsWith(" (deleted)", StringComparison.Ordinal) ? " (deleted, merged away)" : "");
        if (file.StartsWith("/memfd:", StringComparison.Ordinal) || file.Contains("doublemapper", StringComparison.Ordinal))
            return "JIT code (memfd)";
        if (file.EndsWith(".dll", StringComparison.Ordinal) || file.EndsWith(".so", StringComparison.Ordinal) || file.Contains(".so.", StringComparison.Ordinal))
            return "assemblies and native libraries";
        return "other files";
    }
}
