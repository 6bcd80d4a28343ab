using System.Security.Cryptography;
using System.Text;

namespace Archive.Core.Research;

/// <summary>
/// Secrets (API tokens, feed keys) are 256 random bits; only their SHA-256 is stored. A plain hash is
/// enough for a secret with that much entropy (no dictionary to try), and it lets a token be found by its hash.
/// </summary>
public static class SecretHash
{
    /// <summary>A new secret: <paramref name="prefix"/> then 43 URL-safe characters.</summary>
    public static string NewSecret(string prefix = "") =>
        prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Of(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Constant-time, so response timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string? secret, string? storedHash)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(storedHash) || secret.Length > 200)
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(secret)), Encoding.ASCII.GetBytes(storedHash));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
