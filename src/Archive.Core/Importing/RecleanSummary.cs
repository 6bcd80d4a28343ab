namespace Archive.Core.Importing;

/// <summary>What one <c>reclean</c> did: the run it recorded (none on a dry run), the counts and each article it changed or left.</summary>
public sealed record RecleanSummary(int? ImportRunId, int Examined, int Changed, int Skipped, IReadOnlyList<RecleanChange> Articles);
