namespace Archive.Core.Search;

/// <summary>Words in this order, unstemmed (accents and case still ignored).</summary>
public sealed record SearchPhrase(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append('"').Append(Text).Append('"');
    }
}
