namespace Archive.Core.Search;

/// <summary>The child must not match (<c>-word</c> or <c>NOT word</c>).</summary>
public sealed record SearchNot(SearchQuery Child) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        text.Append('-');
        SearchAnd.WriteChild(text, Child, this);
    }
}
