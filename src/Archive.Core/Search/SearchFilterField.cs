namespace Archive.Core.Search;

/// <summary>The exact-value filters a query can name: <c>lang:</c>, <c>outlet:</c>, <c>tag:</c>.</summary>
public enum SearchFilterField
{
    Language = 0,
    Outlet = 1,
    Tag = 2,
}
