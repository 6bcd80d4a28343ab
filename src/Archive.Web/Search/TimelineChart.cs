using System.Globalization;
using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>
/// The geometry of a timeline drawn as an SVG bar chart (viewBox units), computed on the server so the
/// page needs no script and no inline style: bars, a few date ticks, the y scale.
/// </summary>
public sealed class TimelineChart
{
    public const int Width = 720;
    public const int Height = 220;
    public const int Left = 52;
    public const int Right = 8;
    public const int Top = 12;
    public const int Bottom = 28;
    private const int MaxTicks = 6;

    public TimelineChart(Timeline timeline, string chartId, string? csvUrl)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        ChartId = chartId;
        CsvUrl = csvUrl;
        var buckets = timeline.Buckets;
        Max = buckets.Count == 0 ? 0 : buckets.Max(b => b.Count);
        var step = buckets.Count == 0 ? 0 : PlotWidth / (double)buckets.Count;
        var gap = step > 4 ? 1 : 0;
        Bars = [.. buckets.Select((b, i) => (b, i)).Where(x => x.b.Count > 0).Select(x => new Bar(
            x.b,
            Left + (x.i * step),
            Top + PlotHeight - BarHeight(x.b.Count),
            Math.Max(step - gap, 0.5),
            BarHeight(x.b.Count)))];
        var tickEvery = Math.Max(1, (int)Math.Ceiling(buckets.Count / (double)MaxTicks));
        Ticks = [.. buckets.Select((b, i) => (b, i)).Where(x => x.i % tickEvery == 0)
            .Select(x => new Tick(Label(x.b.Start), Left + (x.i * step) + (step / 2)))];
        Peak = buckets.Count == 0 ? null : buckets.First(b => b.Count == Max);
    }

    public Timeline Timeline { get; }

    public string ChartId { get; }

    public string? CsvUrl { get; }

    public int Max { get; }

    public TimelineBucket? Peak { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static double Baseline => Top + PlotHeight;

    public string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>Bucket starts as ISO dates (yyyy-MM for months): unambiguous in both languages.</summary>
    public string Label(DateOnly start) => Timeline.Interval == TimelineInterval.Month
        ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private double BarHeight(int count) => Max == 0 ? 0 : Math.Max(1, count / (double)Max * PlotHeight);

    public sealed record Bar(TimelineBucket Bucket, double X, double Y, double Width, double Height);

    public sealed record Tick(string Label, double X);
}
