namespace Archive.Core.Search;

/// <summary>Articles published in the interval starting on <see cref="Start"/> (a day, a Monday, or the first of a month).</summary>
public sealed record TimelineBucket(DateOnly Start, int Count);
