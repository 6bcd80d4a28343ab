namespace Archive.Core.Copies;

/// <summary>How far <see cref="CopyDetection"/> has come: articles signed of those to sign, and how many joined a story.</summary>
public sealed record CopyDetectionProgress(int Done, int Total, int Grouped);
