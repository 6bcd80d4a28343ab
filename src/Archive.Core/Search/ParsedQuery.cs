namespace Archive.Core.Search;

/// <summary>The result of parsing what a user typed in the search box.</summary>
public sealed record ParsedQuery(string Original, SearchQuery? Root, IReadOnlyList<SearchWarning> Warnings)
{
    /// <summary>True when nothing searchable remains (blank text, only operators or punctuation).</summary>
    public bool IsEmpty => Root is null;

    /// <summary>The query as the parser read it, e.g. <c>putin (kim OR corea) -ucrania</c>.</summary>
    public string Normalized => Root?.ToString() ?? string.Empty;

    /// <summary>True when the query itself narrows by date (<c>date:</c>) outside a NOT.</summary>
    public bool FiltersByDate => HasDateRange(Root);

    public override string ToString() => Normalized;

    private static bool HasDateRange(SearchQuery? node) => node switch
    {
        SearchDateRange => true,
        SearchAnd and => and.Children.Any(HasDateRange),
        SearchOr or => or.Children.Any(HasDateRange),
        SearchNot not => HasDateRange(not.Child),
        _ => false,
    };
}
