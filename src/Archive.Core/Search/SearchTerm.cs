namespace Archive.Core.Search;

/// <summary>A word: matched stemmed (in either language) and exactly, accents and case ignored.</summary>
public sealed record SearchTerm(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append(Text);
    }
}
