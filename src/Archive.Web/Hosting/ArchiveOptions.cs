namespace Archive.Web.Hosting;

/// <summary>The <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>Import the seeds folder when the database has never seen an import.</summary>
    public bool ImportSeedsOnStart { get; set; } = true;

    /// <summary>Folder of seed articles; relative paths are taken from the content root. Null: the nearest <c>seeds/</c> above the content root.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>Folder of the search index; relative paths are taken from the content root. Null: <c>index/</c> beside the database.</summary>
    public string? SearchIndexPath { get; set; }

    /// <summary>Serve public pages to anonymous readers from memory until the archive changes (see ArchiveOutputCache).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// The archive's public address (<c>https://archive.example.org</c>, optionally with a path), the base of
    /// absolute links such as export permalinks. Never taken from the request's Host header outside
    /// Development; unset in production, such links are relative (<c>/articles/…</c>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
