namespace Archive.Core.Search;

/// <summary>Every child must match (words side by side, or <c>AND</c>).</summary>
public sealed record SearchAnd(IReadOnlyList<SearchQuery> Children) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (i > 0)
                text.Append(' ');
            WriteChild(text, Children[i], this);
        }
    }

    internal override bool NeedsParenthesesInside(SearchQuery parent) => parent is SearchOr or SearchNot;

    internal static void WriteChild(System.Text.StringBuilder text, SearchQuery child, SearchQuery parent)
    {
        var wrap = child.NeedsParenthesesInside(parent);
        if (wrap)
            text.Append('(');
        child.Write(text);
        if (wrap)
            text.Append(')');
    }
}
