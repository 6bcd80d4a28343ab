using Archive.Core.Search;

namespace Archive.Web.Search;

/// <summary>The top words and the search their links narrow.</summary>
public sealed record TopWordsList(TopWords Words, SearchRequest Search)
{
    public string UrlFor(TopWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var query = string.IsNullOrWhiteSpace(Search.Query) ? word.Word : $"{Search.Query} {word.Word}";
        return SearchLinks.Url(Search with { Query = query, Page = 1, Cursor = null });
    }
}
