namespace Archive.Core.Search;

/// <summary>
/// Written in the same transaction as every article change; the Lucene index catches up from
/// these rows, so a crash between the SQLite commit and indexing never loses a change.
/// </summary>
public class SearchOutboxEntry
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime EnqueuedAt { get; set; }
}
