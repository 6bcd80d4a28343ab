namespace Archive.Core.Entities;

/// <summary>An article names an entity: how it wrote the name and how many times it mentioned it.</summary>
public class ArticleEntity
{
    public const int NameMaxLength = 200;

    public int ArticleId { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }

    /// <summary>The fullest form this article wrote ("Kim Jong Un" where it later says "Kim").</summary>
    public required string Name { get; set; }

    public int Mentions { get; set; }
}
