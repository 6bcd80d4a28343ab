using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>A file read, parsed and normalised (or failed), waiting for the de-duplicate step.</summary>
internal sealed class ImportCandidate(SourceFile file)
{
    public SourceFile File { get; } = file;
    public ParsedArticle? Article { get; init; }
    public ImportReason? Failure { get; private init; }
    public Exception? Exception { get; private init; }
    public string Hash { get; init; } = "";
    public NormalizedArticle? Normalized { get; init; }
    public byte[]? SourceContent { get; init; }
    public string Language { get; init; } = Languages.Undetermined;
    public string? OutletName { get; init; }
    public int WordCount { get; init; }

    /// <summary>The entity step's finding: the people, places and organisations the article names.</summary>
    public IReadOnlyList<Entities.ExtractedEntity> Entities { get; init; } = [];

    /// <summary>The text's MinHash signature (<see cref="Copies.MinHash"/>), computed here on the reading cores; null without words.</summary>
    public uint[]? Signature { get; init; }

    public static ImportCandidate Failed(SourceFile file, ImportReason reason, Exception? exception = null) =>
        new(file) { Failure = reason, Exception = exception };
}
