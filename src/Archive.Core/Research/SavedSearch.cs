using Archive.Core.Search;

namespace Archive.Core.Research;

/// <summary>
/// A search kept under a name. The query is stored as typed and parsed again every time it runs,
/// so a saved search follows the query language as it grows instead of freezing an old parse.
/// </summary>
public class SavedSearch
{
    public const int NameMaxLength = 200;
    public const int QueryMaxLength = 4000;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public string Query { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public List<string> Outlets { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public SearchSort Sort { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>When its owner last ran it; what "new since the last visit" counts from.</summary>
    public DateTime? LastVisitedAt { get; set; }

    /// <summary>
    /// The highest article id the index held at the last visit. Article ids grow with every import, so
    /// "newer than this id" is "imported since", whatever the articles' publication dates say.
    /// </summary>
    public int LastSeenArticleId { get; set; }

    /// <summary>Hex SHA-256 of the feed's key; null when the feed is revoked.</summary>
    public string? FeedKeyHash { get; set; }

    public DateTime? FeedKeyIssuedAt { get; set; }

    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Languages = Languages,
        Outlets = Outlets,
        Tags = Tags,
        Sort = Sort,
    };
}
