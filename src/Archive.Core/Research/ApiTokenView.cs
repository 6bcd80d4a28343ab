namespace Archive.Core.Research;

/// <summary>A token as its owner sees it listed: never the secret.</summary>
public sealed record ApiTokenView(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool Active => RevokedAt is null;
}
