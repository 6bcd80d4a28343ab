namespace Archive.Benchmarks.Corpus;

/// <summary>What a generated corpus holds; written last, so its presence means the folder is complete.</summary>
public sealed record CorpusManifest
{
    public required int GeneratorVersion { get; init; }
    public required int Articles { get; init; }
    public required int Seed { get; init; }
    public required long TotalBytes { get; init; }
    public required long TotalCharacters { get; init; }

    /// <summary>Relative path of each article file, in generation order.</summary>
    public required string[] Files { get; init; }

    /// <summary>"es" or "en" for each file, as generated (the importer detects it on its own).</summary>
    public required string[] Languages { get; init; }

    /// <summary>Content words (no stopwords) by descending expected frequency, per language.</summary>
    public required string[] SpanishContentByRank { get; init; }
    public required string[] EnglishContentByRank { get; init; }

    /// <summary>Invented words placed in a few articles each, so rare-word queries have known hits.</summary>
    public required PlantedWord[] RareWords { get; init; }

    /// <summary>Two- and three-word runs cut from generated sentences, so phrase queries hit.</summary>
    public required string[] SampledPhrases { get; init; }
}

public sealed record PlantedWord(string Word, int[] ArticleIndexes);
