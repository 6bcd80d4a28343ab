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
        // One buffer and one SHA-256 call: an incremental hash per article (a native context made,
        // fed per paragraph and freed) cost more than hashing the text itself.
        var normalizedTitle = Normalize(title);
        var normalized = new string[paragraphs.Count];
        var maxBytes = Encoding.UTF8.GetMaxByteCount(normalizedTitle.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            normalized[i] = Normalize(paragraphs[i]);
            maxBytes += 1 + Encoding.UTF8.GetMaxByteCount(normalized[i].Length);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(normalizedTitle, buffer);
            foreach (var paragraph in normalized)
            {
                buffer[length++] = (byte)'\n';
                length += Encoding.UTF8.GetBytes(paragraph, buffer.AsSpan(length));
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
