namespace Archive.Core.Entities;

/// <summary>A concept of the gazetteer: a country, region, city or well-known organisation, labelled in both languages.</summary>
internal sealed record GazetteerConcept(EntityType Type, string Key, string LabelEs, string LabelEn)
{
    public string Slug { get; } = Text.Slugs.FromTitle(LabelEn, Entity.SlugMaxLength);
}
