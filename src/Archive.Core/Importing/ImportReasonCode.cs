namespace Archive.Core.Importing;

/// <summary>
/// Why the importer failed a file, skipped it as a duplicate, or ended a run as it did. Stored by
/// name with its arguments (<see cref="ImportReason"/>), so pages word it in the reader's language:
/// keep the names stable.
/// </summary>
public enum ImportReasonCode
{
    /// <summary>Arguments: the system's message.</summary>
    InvalidPath,
    PathNotFound,

    /// <summary>Arguments: the system's message.</summary>
    FolderUnreadable,

    /// <summary>Arguments: the extension, or empty when the name has none.</summary>
    UnsupportedType,

    /// <summary>Arguments: the file's size and the limit, in bytes.</summary>
    FileTooLarge,

    /// <summary>Arguments: the system's message.</summary>
    FileUnreadable,
    EmptyFile,
    WhitespaceOnly,
    BinaryFile,

    /// <summary>Arguments: the exception's message.</summary>
    ProcessingError,

    /// <summary>Arguments: the exception's message.</summary>
    ParseError,
    NoText,

    /// <summary>Arguments: how many lines were removed as noise.</summary>
    NoTextAfterCleaning,
    EmptyPage,

    /// <summary>Arguments: the exception's type and message.</summary>
    PageUnreadable,

    /// <summary>Arguments: the nesting limit.</summary>
    MarkupTooDeep,

    /// <summary>Arguments: the extractor's message.</summary>
    BodyNotExtracted,
    NoArticleBody,

    /// <summary>Arguments: the share of linked text, in percent.</summary>
    MostlyLinks,

    /// <summary>Arguments: the characters left after cleaning.</summary>
    TooLittleText,

    /// <summary>Arguments: the exception's type and message.</summary>
    NoteUnreadable,
    EmptyNote,

    /// <summary>Arguments: the id of the article the file repeats.</summary>
    Duplicate,

    /// <summary>The file had the canonical address of a stored article, which it updated.</summary>
    Updated,

    /// <summary>A run's staged upload files were gone when it was taken up again.</summary>
    StagingGone,

    /// <summary>A run stopped on an unexpected error. Arguments: its message.</summary>
    RunFailed,

    /// <summary>An upload found the import queue full.</summary>
    QueueFull,

    /// <summary><c>reclean</c> applied today's cleaning to a stored article. Arguments: what changed, comma-separated.</summary>
    Recleaned,
}
