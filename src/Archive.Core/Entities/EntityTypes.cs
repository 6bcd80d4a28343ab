namespace Archive.Core.Entities;

/// <summary>The one spelling of each <see cref="EntityType"/> in URLs, the API, the index and the gold files.</summary>
public static class EntityTypes
{
    public const string Person = "person";
    public const string Place = "place";
    public const string Organization = "organization";

    public static IReadOnlyList<EntityType> All { get; } = [EntityType.Person, EntityType.Place, EntityType.Organization];

    public static string Name(this EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Place => Place,
        _ => Organization,
    };

    public static bool TryParse(string? name, out EntityType type)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case Person:
                type = EntityType.Person;
                return true;
            case Place:
                type = EntityType.Place;
                return true;
            case Organization or "organisation" or "org":
                type = EntityType.Organization;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
