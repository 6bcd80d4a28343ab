namespace Archive.Core.Text;

/// <summary>
/// The archive's one language normaliser: what a source declares ("es-ES", "es_ES", "ES", "spa",
/// "Español") becomes an ISO 639-1 code, and only Spanish and English are held.
/// </summary>
public static class Languages
{
    public const string Spanish = "es";
    public const string English = "en";

    /// <summary>ISO 639-2 "undetermined": too little text to tell, and nobody declared it.</summary>
    public const string Undetermined = "und";

    /// <summary>Every value <c>Article.Language</c> takes.</summary>
    public static IReadOnlyList<string> Stored { get; } = [Spanish, English, Undetermined];

    private static readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spa"] = Spanish,
        ["esp"] = Spanish,
        ["spanish"] = Spanish,
        ["español"] = Spanish,
        ["espanol"] = Spanish,
        ["castellano"] = Spanish,
        ["eng"] = English,
        ["english"] = English,
        ["inglés"] = English,
        ["ingles"] = English,
    };

    /// <summary>"es-ES", "es_ES", "ES", "spa" → "es"; null when the value is not a language tag.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;

        var primary = tag.Trim().Split('-', '_', ' ', ',', ';')[0];
        if (_names.TryGetValue(primary, out var known))
            return known;

        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1])
            ? primary.ToLowerInvariant()
            : null;
    }

    /// <summary>The declared language when the archive holds it ("es", "en"); null lets the importer detect it.</summary>
    public static string? Held(string? declared) => Normalize(declared) is Spanish or English ? Normalize(declared) : null;
}
