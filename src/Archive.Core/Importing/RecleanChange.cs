namespace Archive.Core.Importing;

/// <summary>What re-cleaning changed on one article; <see cref="Changes"/> names the fields ("paragraphs 14 → 5", "language es → en").</summary>
public sealed record RecleanChange(int ArticleId, string Title, RecleanSource Source, IReadOnlyList<string> Changes, string? Skipped = null);
