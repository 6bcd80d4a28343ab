namespace Archive.Core.Entities;

/// <summary>What the words around a mention say about its type.</summary>
[Flags]
internal enum MentionCues
{
    None = 0,
    Person = 1,
    Organization = 2,
    Place = 4,
}
