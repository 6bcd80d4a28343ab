namespace Archive.Core.Search;

/// <summary>Where a word or phrase must occur.</summary>
public enum SearchScope
{
    Anywhere = 0,
    Title = 1,
}

/// <summary>The exact-value filters a query can name: <c>lang:</c>, <c>outlet:</c>, <c>tag:</c>.</summary>
public enum SearchFilterField
{
    Language = 0,
    Outlet = 1,
    Tag = 2,
}

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
    }

    internal static void WriteQuotedIfNeeded(System.Text.StringBuilder text, string value)
    {
        if (value.Any(c => char.IsWhiteSpace(c) || c is '(' or ')' or ':'))
            text.Append('"').Append(value).Append('"');
        else
            text.Append(value);
    }
}

/// <summary>A word: matched stemmed (in either language) and exactly, accents and case ignored.</summary>
public sealed record SearchTerm(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append(Text);
    }
}

/// <summary>Words in this order, unstemmed (accents and case still ignored).</summary>
public sealed record SearchPhrase(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append('"').Append(Text).Append('"');
    }
}

/// <summary>Any word starting with <see cref="Text"/> (written <c>sovi*</c>).</summary>
public sealed record SearchPrefix(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append(Text).Append('*');
    }
}

/// <summary>Restricts to articles whose language, outlet or tag is <see cref="Value"/>.</summary>
public sealed record SearchFilter(SearchFilterField Field, string Value) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        text.Append(Field switch
        {
            SearchFilterField.Language => "lang:",
            SearchFilterField.Outlet => "outlet:",
            _ => "tag:",
        });
        WriteQuotedIfNeeded(text, Value);
    }
}

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

/// <summary>The child must not match (<c>-word</c> or <c>NOT word</c>).</summary>
public sealed record SearchNot(SearchQuery Child) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        text.Append('-');
        SearchAnd.WriteChild(text, Child, this);
    }
}

/// <summary>Why the parser read the text differently from how it was typed; the UI turns each into a sentence.</summary>
public enum SearchWarning
{
    /// <summary>A quote was never closed; the rest of the text was read as the phrase.</summary>
    UnbalancedQuote = 0,

    /// <summary>A parenthesis had no partner; it was ignored or closed at the end.</summary>
    UnbalancedParenthesis = 1,

    /// <summary>OR, AND, NOT or "-" had nothing to work on and was ignored.</summary>
    DanglingOperator = 2,

    /// <summary>"()" held nothing searchable.</summary>
    EmptyGroup = 3,

    /// <summary>A field such as "title:" had no value after it.</summary>
    MissingFieldValue = 4,

    /// <summary>A prefix search ("x*") needs at least two letters or digits before the star; it was ignored.</summary>
    PrefixTooShort = 5,

    /// <summary>The text was longer than the limit and was cut.</summary>
    TooLong = 6,

    /// <summary>The query named more words than the limit; the rest were ignored.</summary>
    TooManyTerms = 7,

    /// <summary>Parentheses were nested deeper than the limit; the inner ones were ignored.</summary>
    TooDeeplyNested = 8,

    /// <summary>The paging cursor was not one this search produced; the first page is shown.</summary>
    InvalidCursor = 9,
}

/// <summary>The result of parsing what a user typed in the search box.</summary>
public sealed record ParsedQuery(string Original, SearchQuery? Root, IReadOnlyList<SearchWarning> Warnings)
{
    /// <summary>True when nothing searchable remains (blank text, only operators or punctuation).</summary>
    public bool IsEmpty => Root is null;

    /// <summary>The query as the parser read it, e.g. <c>putin (kim OR corea) -ucrania</c>.</summary>
    public string Normalized => Root?.ToString() ?? string.Empty;

    public override string ToString() => Normalized;
}
