namespace Archive.Core.Search;

/// <summary>Counts over the whole result set (every hit, not just the page), largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> Outlet,
    IReadOnlyList<FacetValue> Tag)
{
    public static SearchFacets Empty { get; } = new([], [], []);

    /// <summary>Hits per year ("2024"), newest first, by the request's <see cref="SearchDateBasis"/>; undated hits are not counted.</summary>
    public IReadOnlyList<FacetValue> Year { get; init; } = [];

    /// <summary>Entity slugs with their hit counts, largest first, one list per type.</summary>
    public IReadOnlyList<FacetValue> Person { get; init; } = [];

    public IReadOnlyList<FacetValue> Place { get; init; } = [];

    public IReadOnlyList<FacetValue> Organization { get; init; } = [];

    /// <summary>Hits per month ("2024-06"), newest first, on the same date as <see cref="Year"/>.</summary>
    public IReadOnlyList<FacetValue> Month { get; init; } = [];
}
