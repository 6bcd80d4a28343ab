using Archive.Core.Data;
using Archive.Core.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Research;

/// <summary>Personal API tokens: made, listed and revoked by their owner, each change audited. Per-request DbContext.</summary>
public sealed class ApiTokens(ArchiveDbContext db, TimeProvider clock)
{
    /// <summary>What every token starts with, so a leaked one is recognisable (and findable by secret scanners).</summary>
    public const string SecretPrefix = "arch_";

    private const int VisiblePrefixLength = 12;

    /// <summary>A last-used time this fresh is not written again: a script's every call would otherwise be a write.</summary>
    private static readonly TimeSpan _lastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiToken> CreateAsync(TagActor owner, string? name, string? via = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = SecretHash.NewSecret(SecretPrefix);
        var token = new ApiToken
        {
            UserId = owner.UserId,
            Name = TidyName(name, now),
            TokenHash = SecretHash.Of(secret),
            Prefix = secret[..VisiblePrefixLength],
            CreatedAt = now,
        };
        db.ApiTokens.Add(token);
        db.TagChanges.Add(ResearchAudit.Change(owner, now, TagChangeKind.ApiTokenCreated,
            new TagChangeDetails { TokenName = token.Name, TokenPrefix = token.Prefix, Via = via }));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(View(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
        return [.. tokens.Select(View)];
    }

    /// <summary>False when the owner has no such token or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(TagActor owner, int tokenId, string? via = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == owner.UserId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
            return false;
        var now = clock.GetUtcNow().UtcDateTime;
        token.RevokedAt = now;
        db.TagChanges.Add(ResearchAudit.Change(owner, now, TagChangeKind.ApiTokenRevoked,
            new TagChangeDetails { TokenName = token.Name, TokenPrefix = token.Prefix, Via = via }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The active token with this secret, or null; notes when it was used.</summary>
    public async Task<ApiToken?> AuthenticateAsync(string? secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        var hash = SecretHash.Of(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null)
            return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is not { } used || now - used > _lastUsedResolution)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return token;
    }

    private static string TidyName(string? name, DateTime now)
    {
        var tidy = string.IsNullOrWhiteSpace(name) ? $"token {now:yyyy-MM-dd HH:mm}" : name.Trim();
        return tidy.Length > ApiToken.NameMaxLength ? tidy[..ApiToken.NameMaxLength] : tidy;
    }

    private static ApiTokenView View(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt);
}
