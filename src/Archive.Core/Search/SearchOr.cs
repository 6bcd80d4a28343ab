namespace Archive.Core.Search;

/// <summary>At least one child must match (<c>OR</c>).</summary>
public sealed record SearchOr(IReadOnlyList<SearchQuery> Children) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (i > 0)
                text.Append(" OR ");
            SearchAnd.WriteChild(text, Children[i], this);
        }
    }

    internal override bool NeedsParenthesesInside(SearchQuery parent) => parent is SearchAnd or SearchNot;
}
