namespace Archive.Core.Importing;

/// <summary>One file the pipeline was asked to import: its full path, its name as recorded, or why it cannot be read at all.</summary>
internal sealed record SourceFile(string FullPath, string RelativeName, ImportReason? MissingReason);
