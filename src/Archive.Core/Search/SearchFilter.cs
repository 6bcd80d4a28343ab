namespace Archive.Core.Search;

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
