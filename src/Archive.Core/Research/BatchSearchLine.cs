namespace Archive.Core.Research;

/// <summary>One query of a batch and, once run, its answer: a total and warnings, or why it could not run.</summary>
public class BatchSearchLine
{
    public long Id { get; set; }
    public int BatchSearchId { get; set; }

    /// <summary>1-based line number in what was sent (a CSV header, when there was one, is line 1).</summary>
    public int Line { get; set; }

    public string Query { get; set; } = "";
    public bool Done { get; set; }
    public int? Total { get; set; }

    /// <summary>The parser's warning codes, comma-separated.</summary>
    public string? Warnings { get; set; }

    /// <summary>Set when the line could not run; a <see cref="BatchLineFailure"/> name.</summary>
    public BatchLineFailure? Failure { get; set; }
}
