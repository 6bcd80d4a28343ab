namespace Archive.Core.Importing;

public enum ImportRunStatus
{
    Running = 0,
    Completed = 1,
    Failed = 2,
    Interrupted = 3,

    /// <summary>Uploaded and staged, waiting for the background importer.</summary>
    Queued = 4,
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

    /// <summary>
    /// Why the run ended as it did when its status alone does not say (e.g. its uploaded files were gone), in English;
    /// runs recorded before <see cref="StatusCode"/> existed have only this.
    /// </summary>
    public string? StatusReason { get; set; }

    /// <summary>The same reason as a code, which pages word in the reader's language.</summary>
    public ImportReasonCode? StatusCode { get; set; }

    /// <summary>The code's arguments as a JSON array of strings.</summary>
    public string? StatusArguments { get; set; }

    /// <summary>Where an upload's files wait for the importer; null for runs over paths the user named.</summary>
    public string? StagingFolder { get; set; }

    public int FilesSeen { get; set; }

    /// <summary>Files with a recorded outcome so far; equals <see cref="FilesSeen"/> once the run is over.</summary>
    public int FilesDone { get; set; }

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

    /// <summary>Why a file failed or what it duplicated, in English; null when imported cleanly. Old rows have only this.</summary>
    public string? Reason { get; set; }

    /// <summary>The importer's reason as a code, which pages word in the reader's language.</summary>
    public ImportReasonCode? ReasonCode { get; set; }

    /// <summary>The code's arguments as a JSON array of strings.</summary>
    public string? ReasonArguments { get; set; }

    /// <summary>Set when an upload refused the file before the importer saw it, so pages can word the reason in the reader's language.</summary>
    public Uploads.UploadRefusal? RefusalCode { get; set; }

    /// <summary>The values the refusal's wording needs (sizes, limits, an extension), as a JSON array of strings.</summary>
    public string? RefusalArguments { get; set; }

    public int? ArticleId { get; set; }
}
