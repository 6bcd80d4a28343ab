namespace Archive.Core.Research;

/// <param name="Secret">The token itself; shown to its owner now and never again.</param>
public sealed record CreatedApiToken(ApiTokenView Token, string Secret);
