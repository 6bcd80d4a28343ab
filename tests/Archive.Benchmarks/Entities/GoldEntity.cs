namespace Archive.Benchmarks.Entities;

/// <summary>One hand-annotated entity of one document: its type and every name the text gives it (GOLD-FORMAT.md).</summary>
public sealed record GoldEntity(string Item, string Type, IReadOnlyList<string> Names);
