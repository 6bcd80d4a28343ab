using Archive.Core.Articles;

namespace Archive.Core.Importing;

/// <summary>
/// What a format parser (text, HTML, Markdown) read out of one file, before the importer
/// detects what the file did not declare (language, outlet) and stores it.
/// </summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }
    public bool TitleDerived { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public IReadOnlyList<RemovedLine> RemovedLines { get; init; } = [];

    /// <summary>Declared by the source ("es", "en"); null lets the importer detect it.</summary>
    public string? Language { get; init; }

    /// <summary>Declared by the source (site name, front matter); null lets the importer detect it from the text.</summary>
    public string? OutletName { get; init; }

    public DateTime? PublishedAt { get; init; }
    public string? Byline { get; init; }
    public string? CanonicalUrl { get; init; }

    /// <summary>
    /// The encoding the bytes were read as after they proved invalid in the expected one
    /// (e.g. "windows-1252" for a file that is not UTF-8); null when they decoded cleanly. The importer logs it.
    /// </summary>
    public string? EncodingFallback { get; init; }

    /// <summary>Tags the source declared (Markdown front matter); empty when it declared none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A parsed article, or the reason the file is not one.</summary>
public sealed record ArticleParseResult(ParsedArticle? Article, ImportReason? Failure)
{
    /// <summary>The failure in English (logs, the CLI); pages word <see cref="Failure"/> in the reader's language.</summary>
    public string? FailureReason => Failure?.Describe();

    public static ArticleParseResult Success(ParsedArticle article) => new(article, null);

    public static ArticleParseResult NotAnArticle(ImportReasonCode code, params string[] arguments) => new(null, ImportReason.Of(code, arguments));
}

/// <summary>One supported file format. The importer picks a format by file extension.</summary>
public interface IArticleFormat
{
    /// <summary>Lower-case extensions with the dot, e.g. ".txt".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    ArticleParseResult Parse(byte[] content, string fileName);
}
