namespace Archive.Web.Hosting;

/// <summary>The <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>Import the seeds folder when the database has never seen an import.</summary>
    public bool ImportSeedsOnStart { get; set; } = true;

    /// <summary>Folder of seed articles; relative paths are taken from the content root. Null: the nearest <c>seeds/</c> above the content root.</summary>
    public string? SeedsPath { get; set; }
}
