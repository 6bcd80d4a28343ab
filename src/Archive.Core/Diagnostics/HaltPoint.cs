namespace Archive.Core.Diagnostics;

/// <summary>Moments where work has just become durable (or is about to), named for <see cref="DiagnosticHalt"/>.</summary>
public enum HaltPoint
{
    /// <summary>An import batch's transaction (files, articles, counts, outbox rows) has committed.</summary>
    AfterImportBatch,

    /// <summary>A catch-up batch is committed to the Lucene index, its outbox rows not yet cleared.</summary>
    AfterIndexBatch,

    /// <summary>A bulk tagging has written its rows, audit and outbox entries; its transaction has not committed.</summary>
    BeforeBulkTagCommit,
}
