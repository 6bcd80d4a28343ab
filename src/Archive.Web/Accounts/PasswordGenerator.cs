using System.Security.Cryptography;

namespace Archive.Web.Accounts;

public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I) so a password read off a screen can be typed.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!?#%+";

    /// <summary>20 characters from a CSPRNG, with at least one of each class (about 118 bits).</summary>
    public static string Generate(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 8);
        const string all = Lower + Upper + Digits + Symbols;
        var chars = new char[length];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++)
            chars[i] = Pick(all);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
