namespace Archive.Core.Search;

/// <summary>
/// Picks the snippet paragraph by paragraph, as they are read: the paragraph whose best window covers
/// the most different query words wins (the first on a tie). Once a window covers every word worth
/// showing no later paragraph can beat it, so <see cref="Add"/> says to stop reading.
/// </summary>
internal sealed class SnippetFinder(HighlightTerms terms, string? language)
{
    private (string Text, int Start, int End, int Score, List<HighlightSpan> Spans)? _best;
    private string? _lead;

    public bool Done { get; private set; }

    /// <summary>Looks at the next paragraph; false when the snippet is settled and no more are needed.</summary>
    public bool Add(string paragraph)
    {
        if (Done)
            return false;
        if (_lead is null && !string.IsNullOrWhiteSpace(paragraph))
        {
            _lead = paragraph;
            // With nothing to look for, the snippet is the first paragraph's lead.
            if (terms.IsEmpty)
                Done = true;
        }
        if (terms.IsEmpty)
            return !Done;
        var spans = terms.Find(paragraph, language);
        if (spans.Count == 0)
            return true;
        var (start, end, score) = Highlighter.Best(spans);
        if (_best is null || score > _best.Value.Score)
            _best = (paragraph, start, end, score, spans);
        if (score / 1000 >= terms.WordsWorthShowing)
            Done = true;
        return !Done;
    }

    public Snippet Result() => _best is { } found
        ? Highlighter.Around(found.Text, found.Start, found.End, found.Spans)
        : Highlighter.Around(_lead ?? string.Empty, 0, 0, []);
}
