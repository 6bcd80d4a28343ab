namespace Archive.Core.Importing;

public enum ImportRunStatus
{
    Running = 0,
    Completed = 1,
    Failed = 2,
    Interrupted = 3,
}

public enum ImportFileOutcome
{
    Imported = 0,
    Duplicate = 1,
    Failed = 2,
}

/// <summary>One execution of the importer over a set of paths, with what became of each file.</summary>
public class ImportRun
{
    public int Id { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>What was asked for: the paths, or "seeds", or "upload".</summary>
    public required string Source { get; set; }

    public ImportRunStatus Status { get; set; }
    public int FilesSeen { get; set; }
    public int Imported { get; set; }
    public int Duplicates { get; set; }
    public int Failed { get; set; }

    public List<ImportRunFile> Files { get; set; } = [];
}

public class ImportRunFile
{
    public int Id { get; set; }
    public int ImportRunId { get; set; }
    public required string Path { get; set; }
    public ImportFileOutcome Outcome { get; set; }

    /// <summary>Why a file failed or what it duplicated; null when imported cleanly.</summary>
    public string? Reason { get; set; }

    public int? ArticleId { get; set; }
}
