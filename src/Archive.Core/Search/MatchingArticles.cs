namespace Archive.Core.Search;

/// <summary>How many articles a search matches and, unless there were too many, their ids.</summary>
public sealed record MatchingArticles(int Total, IReadOnlyList<int> Ids)
{
    /// <summary>False when the ids were left out because more articles matched than the limit asked for.</summary>
    public bool Complete => Ids.Count == Total;
}
