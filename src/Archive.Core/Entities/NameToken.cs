namespace Archive.Core.Entities;

/// <summary>A word or punctuation mark of a text, with what the extractor asks of it.</summary>
internal readonly record struct NameToken(int Start, string Text, string Folded, NameTokenKind Kind, bool SentenceStart)
{
    /// <summary>The apostrophe of an English possessive the tokenizer took off the word ("Google's" → "Google"), or '\0'.</summary>
    public char Apostrophe { get; init; }

    public bool Possessive => Apostrophe != '\0';

    public bool IsWord => Kind != NameTokenKind.Punctuation;

    /// <summary>Starts with a capital letter ("Kim", "EE.UU.", "McDonald's"); digits never do.</summary>
    public bool IsCapitalized => Kind is NameTokenKind.Capitalized or NameTokenKind.AllCaps;

    /// <summary>Two or more letters, all capitals ("ONU", "EE.UU.").</summary>
    public bool IsAllCaps => Kind == NameTokenKind.AllCaps;
}

internal enum NameTokenKind
{
    Lower = 0,
    Capitalized = 1,
    AllCaps = 2,
    Punctuation = 3,
}
