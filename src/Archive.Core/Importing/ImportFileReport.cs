namespace Archive.Core.Importing;

/// <summary>What became of one file, its reason in English (the CLI prints it).</summary>
public sealed record ImportFileReport(string Path, ImportFileOutcome Outcome, string? Reason, int? ArticleId);
