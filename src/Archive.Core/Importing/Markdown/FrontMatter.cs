using System.Text;

namespace Archive.Core.Importing.Markdown;

/// <summary>
/// The YAML front matter of a note, read in the simple forms notes use (<c>key: value</c>,
/// <c>key: [a, b]</c>, a <c>- item</c> list, quoted strings). No YAML package is pinned, and a
/// note's metadata needs nothing more.
/// </summary>
internal sealed class FrontMatter
{
    private static readonly FrontMatter Empty = new(new Dictionary<string, List<string>>());

    private readonly Dictionary<string, List<string>> _values;

    private FrontMatter(Dictionary<string, List<string>> values) => _values = values;

    /// <summary>The first value of the first key present, e.g. Value("date", "published").</summary>
    public string? Value(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list) && list.Count > 0)
                return list[0];
        }

        return null;
    }

    /// <summary>Every value of the first key present; a plain "a, b" scalar counts as a list.</summary>
    public IReadOnlyList<string> Values(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list) && list.Count > 0)
            {
                return list.Count == 1
                    ? list[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : list;
            }
        }

        return [];
    }

    /// <summary>
    /// Splits "---\n…\n---\nbody" into the front matter and the body. Text that does not open with
    /// a closed front-matter block is all body.
    /// </summary>
    public static (FrontMatter FrontMatter, string Body) Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
            return (Empty, text);

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
            return (Empty, text);

        var frontMatter = Parse(lines.AsSpan(1, close - 1));
        var body = string.Join('\n', lines.Skip(close + 1));
        return (frontMatter, body);
    }

    private static FrontMatter Parse(ReadOnlySpan<string> lines)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        var folding = false;

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;

            var indented = line.Length > trimmed.Length;
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                folding = false;
                if (current is not null)
                    AddScalar(current, trimmed[1..]);
                continue;
            }

            if (folding && indented && current is not null)
            {
                current[^1] = current[^1].Length == 0 ? trimmed : current[^1] + " " + trimmed;
                continue;
            }

            folding = false;
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || indented)
            {
                current = null;
                continue;
            }

            var key = trimmed[..colon].Trim().Trim('"', '\'');
            var value = trimmed[(colon + 1)..].Trim();
            current = [];
            values[key] = current;

            if (value is "|" or ">" or "|-" or ">-" or "|+" or ">+")
            {
                current.Add("");
                folding = true;
            }
            else if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (var item in SplitFlowList(value[1..^1]))
                    AddScalar(current, item);
            }
            else if (value.Length > 0)
            {
                AddScalar(current, value);
            }
        }

        return new FrontMatter(values);
    }

    private static void AddScalar(List<string> values, string raw)
    {
        var value = Unquote(raw.Trim());
        if (value.Length > 0)
            values.Add(value);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);

        // In plain YAML scalars " #" starts a comment.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }

    private static List<string> SplitFlowList(string inner)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is not null)
            {
                if (c == quote)
                    quote = null;
                item.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                item.Append(c);
            }
            else if (c == ',')
            {
                items.Add(item.ToString());
                item.Clear();
            }
            else
            {
                item.Append(c);
            }
        }

        items.Add(item.ToString());
        return items;
    }
}
