namespace Archive.Core.Search;

/// <summary>The result of parsing what a user typed in the search box.</summary>
public sealed record ParsedQuery(string Original, SearchQuery? Root, IReadOnlyList<SearchWarning> Warnings)
{
    /// <summary>True when nothing searchable remains (blank text, only operators or punctuation).</summary>
    public bool IsEmpty => Root is null;

    /// <summary>The query as the parser read it, e.g. <c>putin (kim OR corea) -ucrania</c>.</summary>
    public string Normalized => Root?.ToString() ?? string.Empty;

    public override string ToString() => Normalized;
}
