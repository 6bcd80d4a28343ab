using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Web.Search;

/// <summary>
/// <c>&lt;vc:timeline-chart timeline="…" chart-id="…" csv-url="…" /&gt;</c>: a timeline as an SVG bar chart
/// drawn on the server (title and description for screen readers), a table of the same numbers and a
/// CSV link. Any page with a <see cref="Timeline"/> can show one (search, tags, entities).
/// </summary>
public sealed class TimelineChartViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Timeline timeline, string chartId = "timeline", string? csvUrl = null) =>
        View(new TimelineChart(timeline, chartId, csvUrl));
}
