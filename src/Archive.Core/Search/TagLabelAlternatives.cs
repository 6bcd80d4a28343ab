using Archive.Core.Tagging;

namespace Archive.Core.Search;

/// <summary>
/// Which parts of a query may also match a tag's label (in either language), so "North Korea" finds
/// Spanish articles tagged "Corea del Norte / North Korea": a word, a phrase, or a group of plain
/// words taken whole ("corea del norte" unquoted). Title-only parts never do: a tag is not in the title.
/// The query builder adds the alternatives and the hits report them from this one rule.
/// </summary>
internal static class TagLabelAlternatives
{
    /// <summary>The folded label this node also matches as a whole, or null.</summary>
    public static string? Of(SearchQuery node)
    {
        var text = node switch
        {
            SearchTerm { Scope: SearchScope.Anywhere } term => term.Text,
            SearchPhrase { Scope: SearchScope.Anywhere, Slop: 0 } phrase => phrase.Text,
            SearchAnd group when IsPlainWords(group) => string.Join(' ', group.Children.Cast<SearchTerm>().Select(t => t.Text)),
            _ => null,
        };
        return text is null || TagLabels.Fold(text) is not { Length: > 0 } folded ? null : folded;
    }

    /// <summary>Every label alternative that can make an article match; those under a NOT only exclude.</summary>
    public static IReadOnlySet<string> In(SearchQuery? root)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, labels);
        return labels;
    }

    private static void Collect(SearchQuery? node, HashSet<string> labels)
    {
        if (node is null or SearchNot)
            return;
        if (Of(node) is { } label)
            labels.Add(label);
        var children = node switch
        {
            SearchAnd all => all.Children,
            SearchOr any => any.Children,
            _ => [],
        };
        foreach (var child in children)
            Collect(child, labels);
    }

    private static bool IsPlainWords(SearchAnd and) =>
        and.Children.Count > 1 && and.Children.All(c => c is SearchTerm { Scope: SearchScope.Anywhere });
}
