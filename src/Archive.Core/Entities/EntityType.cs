namespace Archive.Core.Entities;

/// <summary>The three kinds of named entity the archive knows; stored and written as "person", "place", "organization".</summary>
public enum EntityType
{
    Person = 0,
    Place = 1,
    Organization = 2,
}
