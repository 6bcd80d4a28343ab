namespace Archive.Core.Entities;

/// <summary>What the extractor gathers from one article before it resolves entities.</summary>
internal sealed class ExtractionDocument
{
    /// <summary>Folded words the article writes in lower case: capitalised at a sentence's start, they are words, not names.</summary>
    public HashSet<string> Lowercase { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words the article capitalises inside a sentence.</summary>
    public HashSet<string> CapitalisedInside { get; } = new(StringComparer.Ordinal);

    public List<Mention> Mentions { get; } = [];

    /// <summary>Spanish text: there unknown initials ("PNV") are an organisation's.</summary>
    public bool Spanish { get; init; }

    public void Add(Mention mention) => Mentions.Add(mention);
}
