namespace Archive.Core.Search;

/// <summary>
/// A node of a parsed query. The tree is what the parser understood; <see cref="ToString"/>
/// writes it back as the normalised "best reading" shown to the user.
/// </summary>
public abstract record SearchQuery
{
    internal abstract void Write(System.Text.StringBuilder text);

    internal virtual bool NeedsParenthesesInside(SearchQuery parent) => false;

    public sealed override string ToString()
    {
        var text = new System.Text.StringBuilder();
        Write(text);
        return text.ToString();
    }

    internal static void WriteScope(System.Text.StringBuilder text, SearchScope scope)
    {
        if (scope == SearchScope.Title)
            text.Append("title:");
        else if (scope == SearchScope.Byline)
            text.Append("byline:");
    }

    internal static void WriteQuotedIfNeeded(System.Text.StringBuilder text, string value)
    {
        if (value.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ':'))
            text.Append('"').Append(value).Append('"');
        else
            text.Append(value);
    }
}
