namespace Archive.Core.Importing;

public sealed record ImportSummary(
    int ImportRunId, int FilesSeen, int Imported, int Duplicates, int Failed, IReadOnlyList<ImportFileReport> Files);
