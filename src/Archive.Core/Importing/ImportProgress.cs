namespace Archive.Core.Importing;

public sealed record ImportProgress(int FilesDone, int FilesTotal, int Imported, int Duplicates, int Failed);
