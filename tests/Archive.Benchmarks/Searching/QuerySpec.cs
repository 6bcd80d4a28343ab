namespace Archive.Benchmarks.Searching;

public enum QueryKind
{
    CommonWord,
    RareWord,
    TwoWords,
    Phrase,
    Prefix,
    Or,
    Not,
    FacetFilter,
    DeepPage,
    ZeroHit,
}

/// <summary>
/// One query, kept structured so each engine can express it natively; <see cref="Text"/> is the
/// same query in Archive's query language, as a researcher would type it.
/// </summary>
public sealed record QuerySpec(QueryKind Kind, string Text, IReadOnlyList<string> Words, string? Language = null, int Page = 1)
{
    public const int PageSize = 20;

    public int Offset => (Page - 1) * PageSize;
}

public static class QueryKinds
{
    public static string Label(this QueryKind kind) => kind switch
    {
        QueryKind.CommonWord => "common word",
        QueryKind.RareWord => "rare word",
        QueryKind.TwoWords => "two words",
        QueryKind.Phrase => "phrase",
        QueryKind.Prefix => "prefix",
        QueryKind.Or => "OR",
        QueryKind.Not => "NOT",
        QueryKind.FacetFilter => "facet filter",
        QueryKind.DeepPage => "deep page 500",
        QueryKind.ZeroHit => "zero-hit + suggestion",
        _ => kind.ToString(),
    };
}
