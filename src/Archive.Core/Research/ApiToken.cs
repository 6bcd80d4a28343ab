namespace Archive.Core.Research;

/// <summary>
/// A personal API token. Only its SHA-256 is kept (<see cref="SecretHash"/>): the token itself is shown
/// once, when it is made, and a stolen database does not hand out working tokens.
/// </summary>
public class ApiToken
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The account's id; not a foreign key (accounts live in Identity's tables).</summary>
    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The token's first characters, so its owner can tell tokens apart without the secret.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
