namespace Archive.Web.Pages.Shared;

/// <summary>Previous/next plus a window of page numbers around the current one; null marks a gap.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor)
{
    private const int Around = 2;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public IReadOnlyList<int?> Numbers()
    {
        var numbers = new List<int?>();
        var from = Math.Max(1, Page - Around);
        var to = Math.Min(PageCount, Page + Around);
        if (from > 1)
        {
            numbers.Add(1);
            if (from > 2)
                numbers.Add(null);
        }

        for (var n = from; n <= to; n++)
            numbers.Add(n);

        if (to < PageCount)
        {
            if (to < PageCount - 1)
                numbers.Add(null);
            numbers.Add(PageCount);
        }

        return numbers;
    }
}
