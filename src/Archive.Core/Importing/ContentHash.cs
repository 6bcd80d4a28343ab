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
        var builder = new StringBuilder(title.Length + (paragraphs.Count * 400));
        builder.Append(Normalize(title));
        foreach (var paragraph in paragraphs)
            builder.Append('\n').Append(Normalize(paragraph));

        var text = builder.ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
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
