namespace Archive.Benchmarks.Relevance;

/// <summary>What a known-item query is made of: a fragment of one article, searched for as a researcher would type it.</summary>
public enum KnownItemKind
{
    /// <summary>Six consecutive words, typed as they stand.</summary>
    Unquoted = 0,

    /// <summary>The same six words in quotes: the exact phrase.</summary>
    Quoted = 1,

    /// <summary>The same six words, unquoted, with every accent dropped (as many Spanish speakers type).</summary>
    Unaccented = 2,
}

/// <summary>One query whose right answer is known: the article the words were cut from.</summary>
public sealed record KnownItemQuery(KnownItemKind Kind, string Text, int ArticleId);
