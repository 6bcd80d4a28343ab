namespace Archive.Core.Articles;

/// <summary>One news article as stored in the archive (the system of record).</summary>
public class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>True when the source had no title line and the title was cut from the first sentence.</summary>
    public bool TitleDerived { get; set; }

    /// <summary>ISO 639-1 code: "es" or "en".</summary>
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

    public int? ImportRunId { get; set; }
    public Importing.ImportRun? ImportRun { get; set; }

    public List<RemovedLine> RemovedLines { get; set; } = [];
}

/// <summary>A line the importer dropped as noise, kept so an editor can review the cleaning.</summary>
public class RemovedLine
{
    public int LineNumber { get; set; }
    public required string Text { get; set; }
    public required string Rule { get; set; }
}
