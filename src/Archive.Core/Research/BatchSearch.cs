using Archive.Core.Search;

namespace Archive.Core.Research;

/// <summary>
/// A list of queries run together, each line on its own. Lines and their answers are rows, so a batch
/// left unfinished by a restart carries on from the lines it had not answered.
/// </summary>
public class BatchSearch
{
    public const int MaxLines = 1000;

    public int Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>Filters applied to every line.</summary>
    public List<string> Languages { get; set; } = [];
    public List<string> Outlets { get; set; } = [];
    public List<string> Tags { get; set; } = [];

    public BatchSearchStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int LinesTotal { get; set; }
    public int LinesDone { get; set; }

    public List<BatchSearchLine> Lines { get; set; } = [];

    public bool Finished => Status == BatchSearchStatus.Completed;

    /// <summary>The search one line of the batch stands for.</summary>
    public SearchRequest RequestFor(string query) => new()
    {
        Query = query,
        Languages = Languages,
        Outlets = Outlets,
        Tags = Tags,
    };
}
