using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// The identity of an article's text: SHA-256 over title and paragraphs with whitespace folded and
/// Unicode in NFC, so file name, encoding and line endings never make a second copy.
/// </summary>
public static class ContentHash
{
    public static string Compute(string title, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(paragraphs);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            Append(sha, Normalize(title), ref buffer);
            foreach (var paragraph in paragraphs)
            {
                sha.AppendData("\n"u8);
                Append(sha, Normalize(paragraph), ref buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Append(IncrementalHash sha, string text, ref byte[] buffer)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(needed);
        }
        var length = Encoding.UTF8.GetBytes(text, buffer);
        sha.AppendData(buffer, 0, length);
    }

    public static string Compute(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Compute(article.Title, article.Paragraphs);
    }

    private static string Normalize(string text)
    {
        var collapsed = Whitespace.Collapse(text);
        return collapsed.IsNormalized(NormalizationForm.FormC) ? collapsed : collapsed.Normalize(NormalizationForm.FormC);
    }
}
