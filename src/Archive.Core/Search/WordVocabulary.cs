namespace Archive.Core.Search;

/// <summary>
/// The stems and (stem, written form) pairs of one language seen in any segment, each given a
/// process-wide number once, so a top-words request counts in arrays and never touches a string
/// until it names its winners. Grows with the archive's vocabulary; thread-safe.
/// </summary>
internal sealed class WordVocabulary
{
    private static readonly Dictionary<string, WordVocabulary> _byLanguage = SearchFields.StemmedLanguages
        .ToDictionary(l => l, _ => new WordVocabulary(), StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly List<string> _stems = [];
    private readonly Dictionary<string, int> _pairIds = new(StringComparer.Ordinal);
    private readonly List<string> _forms = [];

    public static WordVocabulary For(string language) => _byLanguage[language];

    public int StemCount
    {
        get
        {
            lock (_gate)
                return _stems.Count;
        }
    }

    public int PairCount
    {
        get
        {
            lock (_gate)
                return _forms.Count;
        }
    }

    /// <summary>Numbers a doc value ("stem␁form"): its pair and its stem.</summary>
    public (int Pair, int Stem) Add(string value)
    {
        var separator = value.IndexOf(SearchFields.WordSeparator, StringComparison.Ordinal);
        var stem = separator < 0 ? value : value[..separator];
        var form = separator < 0 ? value : value[(separator + 1)..];
        lock (_gate)
        {
            if (!_stemIds.TryGetValue(stem, out var stemId))
            {
                stemId = _stems.Count;
                _stemIds.Add(stem, stemId);
                _stems.Add(stem);
            }
            if (!_pairIds.TryGetValue(value, out var pairId))
            {
                pairId = _forms.Count;
                _pairIds.Add(value, pairId);
                _forms.Add(form);
            }
            return (pairId, stemId);
        }
    }

    /// <summary>The number of a stem some segment holds; false for a stem no segment has shown.</summary>
    public bool TryGetStem(string stem, out int id)
    {
        lock (_gate)
            return _stemIds.TryGetValue(stem, out id);
    }

    public string Stem(int id)
    {
        lock (_gate)
            return _stems[id];
    }

    public string Form(int pair)
    {
        lock (_gate)
            return _forms[pair];
    }
}
