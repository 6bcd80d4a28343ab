namespace Archive.Core.Entities;

/// <summary>
/// A person, place or organisation as one concept across both languages, as tags are: "Corea del Norte" and
/// "North Korea" are one Entity with a label per language, so mentions in either language meet here.
/// </summary>
public class Entity
{
    public const int KeyMaxLength = 200;
    public const int SlugMaxLength = 100;
    public const int LabelMaxLength = 200;

    public int Id { get; set; }
    public EntityType Type { get; set; }

    /// <summary>The concept's identity: a gazetteer key ("country:KP") or the type and slug of a name found in text ("person/kim-jong-un").</summary>
    public required string Key { get; set; }

    /// <summary>Unique within its type; the address /entities/{type}/{slug}.</summary>
    public required string Slug { get; set; }

    public required string LabelEs { get; set; }
    public required string LabelEn { get; set; }
}
