using Archive.Core.Research;

namespace Archive.Core.Tests.Research;

public sealed class SecretHashTests
{
    [Fact]
    public void Secrets_match_only_their_own_hash()
    {
        var secret = SecretHash.NewSecret("arch_");
        var other = SecretHash.NewSecret("arch_");

        Assert.StartsWith("arch_", secret, StringComparison.Ordinal);
        Assert.Equal(48, secret.Length);
        Assert.True(SecretHash.Matches(secret, SecretHash.Of(secret)));
        Assert.False(SecretHash.Matches(other, SecretHash.Of(secret)));
        Assert.False(SecretHash.Matches(secret, null));
        Assert.False(SecretHash.Matches(null, SecretHash.Of(secret)));
    }
}
