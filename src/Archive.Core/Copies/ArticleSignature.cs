namespace Archive.Core.Copies;

/// <summary>An article's MinHash signature, kept so copy detection works against the whole archive across restarts.</summary>
public class ArticleSignature
{
    public int ArticleId { get; set; }

    /// <summary><see cref="MinHash.HashCount"/> little-endian 32-bit hashes.</summary>
    public required byte[] Hashes { get; set; }

    /// <summary>The article's content hash when the signature was computed: a different one (reclean, re-import by URL) makes it stale.</summary>
    public required string ContentHash { get; set; }
}
