namespace Archive.Core.Research;

/// <summary>One query read from a batch, with its line number in what was sent, or why it could not be read.</summary>
public sealed record BatchInputLine(int Line, string Query, BatchLineFailure? Failure = null);
