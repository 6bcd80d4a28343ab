namespace Archive.Core.Search;

/// <summary>
/// Words in this order, unstemmed (accents and case still ignored); with a <see cref="Slop"/> (written
/// <c>"a b"~N</c>) the words may stand up to N positions apart and in another order.
/// </summary>
public sealed record SearchPhrase(string Text, SearchScope Scope = SearchScope.Anywhere, int Slop = 0) : SearchQuery
{
    internal override void Write(System.Text.StringBuilder text)
    {
        WriteScope(text, Scope);
        text.Append('"').Append(Text).Append('"');
        if (Slop > 0)
            text.Append('~').Append(Slop);
    }
}
