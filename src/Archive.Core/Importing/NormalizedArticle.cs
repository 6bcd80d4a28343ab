namespace Archive.Core.Importing;

/// <summary>What the normalise step made of a parsed article: the article in the archive's shape and what it detected.</summary>
public sealed record NormalizedArticle(
    ParsedArticle Article,
    string Language,
    string? OutletName,
    Dateline? Dateline,
    DateTime? PublishedAt,
    int WordCount,
    string Hash);
