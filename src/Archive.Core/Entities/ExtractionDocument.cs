namespace Archive.Core.Entities;

/// <summary>
/// What the extractor gathers from one article before it resolves entities. Each thread keeps one and reuses it
/// (<see cref="Reset"/>): its token lists and word sets were half of what extracting an article allocated.
/// </summary>
internal sealed class ExtractionDocument
{
    /// <summary>Folded words the article writes in lower case: capitalised at a sentence's start, they are words, not names.</summary>
    public HashSet<string> Lowercase { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words the article capitalises inside a sentence.</summary>
    public HashSet<string> CapitalisedInside { get; } = new(StringComparer.Ordinal);

    public List<Mention> Mentions { get; } = [];

    private const int KeptCapacity = 8192;

    /// <summary>Spanish text: there unknown initials ("PNV") are an organisation's.</summary>
    public bool Spanish { get; private set; }

    /// <summary>The token lists of the article's blocks (title first, then paragraphs); <see cref="BlockCount"/> of them are in use.</summary>
    public List<List<NameToken>> Blocks { get; } = [];

    public int BlockCount { get; private set; }

    public void Add(Mention mention) => Mentions.Add(mention);

    /// <summary>A block's token list, emptied: the lists, sets and their arrays are kept from one article to the next.</summary>
    public List<NameToken> NextBlock()
    {
        if (BlockCount == Blocks.Count)
            Blocks.Add([]);
        var tokens = Blocks[BlockCount];
        tokens.Clear();
        if (tokens.Capacity > KeptCapacity)
            Blocks[BlockCount] = tokens = [];
        BlockCount++;
        return tokens;
    }

    /// <summary>Starts the next article. Nothing of the last one is kept but the capacity of its collections.</summary>
    public void Reset(bool spanish)
    {
        Spanish = spanish;
        Lowercase.Clear();
        CapitalisedInside.Clear();
        // One very long article must not leave its arrays to the thread for good.
        if (Lowercase.Capacity > KeptCapacity)
            Lowercase.TrimExcess();
        if (CapitalisedInside.Capacity > KeptCapacity)
            CapitalisedInside.TrimExcess();
        Mentions.Clear();
        BlockCount = 0;
    }
}
