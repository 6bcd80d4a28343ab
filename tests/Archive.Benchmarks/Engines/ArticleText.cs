using System.Text;

namespace Archive.Benchmarks.Engines;

/// <summary>
/// The bare engines' reading of an article file: first non-empty line as title, the rest as body,
/// no cleaning. It is the least work any importer must do, which is what a baseline should be.
/// </summary>
public readonly record struct ArticleText(int Id, string Title, string Body, string Language)
{
    public static ArticleText Read(string path, int id, string language)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        var end = text.IndexOf('\n', start);
        if (end < 0)
            return new ArticleText(id, text.Trim(), string.Empty, language);
        return new ArticleText(id, text[start..end].Trim(), text[(end + 1)..].Trim(), language);
    }
}
