namespace Archive.Core.Search;

/// <summary>One article of an export: every hit of a search, with its plain-text snippet and full text.</summary>
public sealed record ExportRow(
    int Id,
    string Slug,
    string Title,
    string? Outlet,
    string Language,
    DateTime ImportedAt,
    DateTime? PublishedAt,
    int WordCount,
    string Snippet,
    string Text)
{
    /// <summary>Slugs of the article's tags, in slug order.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True when the row's date is its import date standing in for an unknown publication date.</summary>
    public bool IsImportDate => PublishedAt is null;
}
