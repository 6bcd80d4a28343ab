namespace Archive.Core.Articles;

/// <summary>One news article as stored in the archive (the system of record).</summary>
public class Article
{
    // Column limits, shared by the EF configuration and the importer that fills the columns.
    public const int SlugMaxLength = 120;
    public const int TitleMaxLength = 500;
    public const int LanguageMaxLength = 8;
    public const int LeadMaxLength = 400;

    /// <summary>What the importer cuts the lead to (within <see cref="LeadMaxLength"/>).</summary>
    public const int LeadLength = 300;

    public const int SourceFileMaxLength = 1000;
    public const int ContentHashLength = 64;
    public const int BylineMaxLength = 500;
    public const int CanonicalUrlMaxLength = 2000;
    public const int DatelinePlaceMaxLength = 120;
    public const int DatelineTextMaxLength = 200;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>True when the source had no title line and the title was cut from the first sentence.</summary>
    public bool TitleDerived { get; set; }

    /// <summary>ISO 639-1 code "es" or "en", or "und" (undetermined) when the text was too short to tell.</summary>
    public required string Language { get; set; }

    public int? OutletId { get; set; }
    public Outlet? Outlet { get; set; }

    public List<string> Paragraphs { get; set; } = [];

    /// <summary>First paragraph, cut short; stored so list pages never load whole bodies.</summary>
    public required string Lead { get; set; }

    public int WordCount { get; set; }
    public required string SourceFile { get; set; }

    /// <summary>SHA-256 of the normalized text; the unique key that keeps one copy per article.</summary>
    public required string ContentHash { get; set; }

    public DateTime ImportedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? Byline { get; set; }

    /// <summary>The page's canonical address when the source declared one; re-imports of it update this article.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>The dateline's place ("NEW YORK", "Madrid") when the text opens with one; the text keeps it as written.</summary>
    public string? DatelinePlace { get; set; }

    /// <summary>The dateline as written, without its closing dash ("NEW YORK, March 2", "Madrid, 23 may (EFE)").</summary>
    public string? DatelineText { get; set; }

    /// <summary>
    /// The file as it arrived (gzip-compressed), so today's cleaning can be applied again (<c>reclean</c>);
    /// null for articles imported before it was kept.
    /// </summary>
    public byte[]? SourceContent { get; set; }

    public int? ImportRunId { get; set; }
    public Importing.ImportRun? ImportRun { get; set; }

    public List<RemovedLine> RemovedLines { get; set; } = [];

    /// <summary>
    /// The story this article is a syndicated copy in: the id of the story's first (earliest) article, that
    /// article included; null while no copy of it is known. Set by copy detection (<see cref="Copies.MinHash"/>).
    /// </summary>
    public int? StoryId { get; set; }
}

/// <summary>A line the importer dropped as noise, kept so an editor can review the cleaning.</summary>
public class RemovedLine
{
    public int LineNumber { get; set; }
    public required string Text { get; set; }
    public required string Rule { get; set; }
}
