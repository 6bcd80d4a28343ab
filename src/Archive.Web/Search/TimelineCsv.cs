using System.Globalization;
using System.Text;
using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>A timeline as RFC 4180 CSV: <c>start,end,count</c> per bucket, then one <c>undated,,N</c> row.</summary>
public static class TimelineCsv
{
    public static string Write(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var csv = new StringBuilder("start,end,count\r\n");
        foreach (var bucket in timeline.Buckets)
            csv.Append(CultureInfo.InvariantCulture, $"{Day(bucket.Start)},{Day(timeline.End(bucket.Start))},{bucket.Count}\r\n");
        csv.Append(CultureInfo.InvariantCulture, $"undated,,{timeline.Undated}\r\n");
        return csv.ToString();
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
