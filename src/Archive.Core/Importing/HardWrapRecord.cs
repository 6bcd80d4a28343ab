using System.Globalization;
using Archive.Core.Articles;

namespace Archive.Core.Importing;

/// <summary>
/// The cleaning report's entry for joined hard-wrapped lines: one per file, its text the figures
/// ("width=65 breaks=31 paragraphs=7"), which the article page words in the reader's language.
/// </summary>
public static class HardWrapRecord
{
    public const string Rule = "joined-hard-wrap";

    public static RemovedLine For(int firstLine, int width, int breaks, int paragraphs) => new()
    {
        LineNumber = firstLine,
        Text = string.Create(CultureInfo.InvariantCulture, $"width={width} breaks={breaks} paragraphs={paragraphs}"),
        Rule = Rule,
    };

    /// <summary>The figures of a record written by <see cref="For"/>; null for anything else.</summary>
    public static (int Width, int Breaks, int Paragraphs)? Read(RemovedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Rule != Rule)
            return null;
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && int.TryParse(part.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                values[part[..eq]] = n;
        }
        return values.TryGetValue("width", out var w) && values.TryGetValue("breaks", out var b) && values.TryGetValue("paragraphs", out var p)
            ? (w, b, p)
            : null;
    }
}
