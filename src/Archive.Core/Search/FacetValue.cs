namespace Archive.Core.Search;

/// <summary>How many results carry one value of a facet.</summary>
public sealed record FacetValue(string Value, int Count);
