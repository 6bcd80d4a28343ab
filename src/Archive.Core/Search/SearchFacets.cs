namespace Archive.Core.Search;

/// <summary>Counts over the whole result set (every hit, not just the page), largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> Outlet,
    IReadOnlyList<FacetValue> Tag)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}
