using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Benchmarks.Reporting;

/// <summary>Everything one run measured, printed as tables and saved as JSON and Markdown.</summary>
public sealed class BenchmarkReport
{
    public required Dictionary<string, string> Run { get; init; }
    public List<ReportTable> Tables { get; } = [];
    public SortedDictionary<string, double> Metrics { get; } = new(StringComparer.Ordinal);
    public List<GoalResult> Goals { get; } = [];
    public List<SkippedPart> Skipped { get; } = [];

    public void Metric(string name, double value) => Metrics[name] = Math.Round(value, 3);

    public double? MetricOrNull(string name) => Metrics.TryGetValue(name, out var value) ? value : null;

    public void Skip(string part, string reason)
    {
        Skipped.Add(new SkippedPart(part, reason));
        Console.WriteLine($"  SKIPPED {part}: {reason}");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Archive benchmark").AppendLine();
        foreach (var (key, value) in Run)
            text.AppendLine(CultureInfo.InvariantCulture, $"- {key}: {value}");
        foreach (var table in Tables)
            text.AppendLine().Append(table.ToMarkdown());
        foreach (var goals in GoalTables())
            text.AppendLine().Append(goals.ToMarkdown());
        if (Skipped.Count > 0)
        {
            text.AppendLine().AppendLine("## Skipped").AppendLine();
            foreach (var skipped in Skipped)
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{skipped.Part}**: {skipped.Reason}");
        }
        return text.ToString();
    }

    /// <summary>One table per issue whose goals this run judged, in issue order.</summary>
    public IEnumerable<ReportTable> GoalTables() =>
        Goals.GroupBy(g => g.Issue).OrderBy(g => g.Key).Select(issue =>
        {
            var table = new ReportTable($"Goals (issue {issue.Key}, stated at 100,000 articles)", ["goal", "target", "measured", "verdict"]);
            foreach (var goal in issue)
                table.Add(goal.Goal, goal.Target, goal.Measured, goal.Verdict);
            return table;
        });

    public (string Json, string Markdown) Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "report.json");
        var markdown = Path.Combine(folder, "report.md");
        File.WriteAllText(json, JsonSerializer.Serialize(this, JsonOptions));
        File.WriteAllText(markdown, ToMarkdown());
        return (json, markdown);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}

/// <param name="Issue">The issue that states the goal; each issue gets its own table.</param>
public sealed record GoalResult(string Goal, string Target, string Measured, string Verdict, int Issue = 7);

public sealed record SkippedPart(string Part, string Reason);

public sealed class ReportTable(string title, string[] columns)
{
    public string Title { get; } = title;
    public string[] Columns { get; } = columns;
    public List<string[]> Rows { get; } = [];
    public List<string> Notes { get; } = [];

    public void Add(params string[] cells) => Rows.Add(cells);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {Title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", Columns) + " |");
        text.AppendLine("|" + string.Concat(Columns.Select(_ => " --- |")));
        foreach (var row in Rows)
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        foreach (var note in Notes)
            text.AppendLine().AppendLine(note);
        return text.ToString();
    }

    public void Print(TextWriter output)
    {
        var widths = Columns.Select((c, i) => Math.Max(c.Length, Rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty().Max())).ToArray();
        output.WriteLine();
        output.WriteLine(Title);
        output.WriteLine(new string('=', Math.Min(120, Title.Length)));
        output.WriteLine(Line(Columns));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in Rows)
            output.WriteLine(Line(row));
        foreach (var note in Notes)
            output.WriteLine("  " + note);

        string Line(string[] cells) =>
            string.Join(" | ", widths.Select((w, i) => i == 0 ? (i < cells.Length ? cells[i] : "").PadRight(w) : (i < cells.Length ? cells[i] : "").PadLeft(w)));
    }
}

public static class Format
{
    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
    public static string Ratio(double value) => double.IsFinite(value) ? value.ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
    public static string Mb(double bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
