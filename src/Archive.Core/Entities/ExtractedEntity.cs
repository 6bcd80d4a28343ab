namespace Archive.Core.Entities;

/// <summary>One entity the extractor found in one text: the concept it belongs to and how the text named it.</summary>
public sealed record ExtractedEntity(EntityType Type, string Key, string Slug, string Name, int Mentions, string LabelEs, string LabelEn);
