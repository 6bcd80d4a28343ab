namespace Archive.Core.Search;

/// <summary>Any word starting with <see cref="Text"/> (written <c>sovi*</c>).</summary>
public sealed record SearchPrefix(string Text, SearchScope Scope = SearchScope.Anywhere) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append(Text).Append('*');
    }
}
