namespace Archive.Core.Importing;

/// <summary>Where <c>reclean</c> found an article's source.</summary>
public enum RecleanSource
{
    /// <summary>The file as imported, kept on the article.</summary>
    Stored,

    /// <summary>The file at the path its import recorded, still on disk.</summary>
    OriginalFile,

    /// <summary>Articles imported before sources were kept, whose file is gone: rebuilt from the stored title and paragraphs.</summary>
    Rebuilt,
}
