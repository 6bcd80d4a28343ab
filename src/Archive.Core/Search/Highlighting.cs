using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// The words of a query as the highlighter looks for them, each tagged with the query word it came
/// from so a snippet window can prefer covering many different words over repeating one.
/// </summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _stems = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Word)> _prefixes = [];
    private readonly List<(string[] Terms, int Word)> _phrases = [];
    private readonly List<(string Term, int MaxEdits, int Word)> _fuzzy = [];

    /// <summary>Query words that are stopwords ("del", "the"): marked only inside a phrase or between two other matches.</summary>
    private readonly HashSet<int> _weak = [];
    private string[]? _probes;
    private readonly Dictionary<string, List<(StemmingAnalyzer Analyzer, Dictionary<string, int> Stems, string[] Probes)>> _stemmers = new(StringComparer.Ordinal);

    public int WordCount { get; private set; }

    public bool IsEmpty => WordCount == 0;

    /// <summary>The words a snippet should show: stopwords count only when the query is nothing else.</summary>
    public int WordsWorthShowing => _weak.Count < WordCount ? WordCount - _weak.Count : WordCount;

    /// <summary>Terms for bodies (title-only words excluded) and for titles (all positive words).</summary>
    public static (HighlightTerms Body, HighlightTerms Title) From(ParsedQuery query)
    {
        var body = new HighlightTerms();
        var title = new HighlightTerms();
        if (query.Root is { } root)
            Collect(root, body, title);
        return (body, title);
    }

    private static void Collect(SearchQuery node, HighlightTerms body, HighlightTerms title)
    {
        switch (node)
        {
            case SearchAnd and:
                foreach (var child in and.Children)
                    Collect(child, body, title);
                break;
            case SearchOr or:
                foreach (var child in or.Children)
                    Collect(child, body, title);
                break;
            case SearchTerm { Scope: var scope } term:
                AddTo(scope, body, title, terms => terms.AddWord(term.Text));
                break;
            case SearchPhrase { Scope: var scope, Slop: 0 } phrase:
                AddTo(scope, body, title, terms => terms.AddPhrase(phrase.Text));
                break;
            case SearchPhrase { Scope: var scope } near:
                // Words that may stand apart are marked one by one, by the same rule as unquoted words.
                foreach (var (term, _) in ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, near.Text))
                    AddTo(scope, body, title, terms => terms.AddWord(term));
                break;
            case SearchFuzzy { Scope: var scope } fuzzy:
                AddTo(scope, body, title, terms => terms.AddFuzzy(fuzzy.Text, fuzzy.MaxEdits));
                break;
            case SearchPrefix { Scope: var scope } prefix:
                AddTo(scope, body, title, terms => terms.AddPrefix(prefix.Text));
                break;
        }
    }

    /// <summary>Title words go to titles only; byline words are never in the text shown.</summary>
    private static void AddTo(SearchScope scope, HighlightTerms body, HighlightTerms title, Action<HighlightTerms> add)
    {
        if (scope == SearchScope.Byline)
            return;
        add(title);
        if (scope == SearchScope.Anywhere)
            add(body);
    }

    private void AddFuzzy(string text, int maxEdits)
    {
        var word = WordCount++;
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (terms.Count == 1)
            _fuzzy.Add((terms[0].Term, maxEdits, word));
    }

    private void AddWord(string text)
    {
        var word = WordCount++;
        var exact = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (exact.Count > 1)
        {
            _phrases.Add((exact.Select(t => t.Term).ToArray(), word));
            return;
        }
        if (exact.Count == 1)
        {
            _exact.TryAdd(exact[0].Term, word);
            if (SearchFields.StemmedLanguages.Any(l => ArchiveAnalyzers.ForLanguage(l)!.IsStopWord(exact[0].Term)))
                _weak.Add(word);
        }
        foreach (var language in SearchFields.StemmedLanguages)
        {
            var stems = ArchiveAnalyzers.Terms(ArchiveAnalyzers.ForLanguage(language)!, text);
            if (stems.Count != 1)
                continue;
            if (!_stems.TryGetValue(language, out var set))
                _stems[language] = set = new Dictionary<string, int>(StringComparer.Ordinal);
            set.TryAdd(stems[0].Term, word);
        }
    }

    private void AddPhrase(string text)
    {
        var word = WordCount++;
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text).Select(t => t.Term).ToArray();
        if (terms.Length == 1)
            _exact.TryAdd(terms[0], word);
        else if (terms.Length > 1)
            _phrases.Add((terms, word));
    }

    private void AddPrefix(string text)
    {
        var word = WordCount++;
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (terms.Count == 0)
            return;
        foreach (var (term, _) in terms.Take(terms.Count - 1))
            _exact.TryAdd(term, word);
        _prefixes.Add((terms[^1].Term, word));
    }

    /// <summary>Where the query's words occur in <paramref name="text"/>, as non-overlapping spans in order.</summary>
    /// <param name="language">The text's language, whose stems to compare; null compares both.</param>
    public List<HighlightSpan> Find(string text, string? language)
    {
        var spans = new List<HighlightSpan>();
        if (IsEmpty || text.Length == 0 || !MightMatch(text))
            return spans;
        var stemmers = StemmersFor(language);
        var tokens = Tokens(ArchiveAnalyzers.Exact, text);
        var words = new int?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            words[i] = MatchWord(token, stemmers);
            foreach (var (phrase, phraseWord) in _phrases)
            {
                if (PhraseAt(tokens, i, phrase))
                    spans.Add(new HighlightSpan(token.Start, tokens[i + phrase.Length - 1].End, phraseWord));
            }
        }
        // A stopword alone says nothing ("del" is everywhere); when every query word is one, they are all there is to mark.
        var anyStrong = _weak.Count < WordCount;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words[i] is { } word && (!anyStrong || !_weak.Contains(word) || BetweenStrongMatches(tokens, words, i)))
                spans.Add(new HighlightSpan(tokens[i].Start, tokens[i].End, word));
        }
        return Merge(spans);
    }

    /// <summary>The stems to compare for a text's language (null: both), worked out once per language, not per paragraph.</summary>
    private List<(StemmingAnalyzer Analyzer, Dictionary<string, int> Stems, string[] Probes)> StemmersFor(string? language)
    {
        var key = language ?? string.Empty;
        if (!_stemmers.TryGetValue(key, out var stemmers))
        {
            stemmers = _stems
                .Where(s => language is null || s.Key == language)
                .Select(s => (Analyzer: ArchiveAnalyzers.ForLanguage(s.Key)!, Stems: s.Value, Probes: s.Value.Keys.Select(Probe).ToArray()))
                .ToList();
            _stemmers[key] = stemmers;
        }
        return stemmers;
    }

    /// <summary>True when the run of stopword matches holding token <paramref name="i"/> has a non-stopword match right before and right after it.</summary>
    private bool BetweenStrongMatches(List<Token> tokens, int?[] words, int i)
    {
        bool IsWeak(int k) => words[k] is { } w && _weak.Contains(w);
        bool IsStrong(int k) => words[k] is { } w && !_weak.Contains(w);
        bool Adjacent(int a, int b) => tokens[b].Position == tokens[a].Position + 1;
        var first = i;
        while (first > 0 && IsWeak(first - 1) && Adjacent(first - 1, first))
            first--;
        var last = i;
        while (last + 1 < tokens.Count && IsWeak(last + 1) && Adjacent(last, last + 1))
            last++;
        return first > 0 && IsStrong(first - 1) && Adjacent(first - 1, first)
            && last + 1 < tokens.Count && IsStrong(last + 1) && Adjacent(last, last + 1);
    }

    /// <summary>
    /// A cheap, exact pre-check: lower-casing and folding work letter by letter, so every token's
    /// exact form is a substring of the folded text. Texts without any probe skip tokenizing.
    /// </summary>
    private bool MightMatch(string text)
    {
        // A typo can fall anywhere in the word: no substring to look for.
        if (_fuzzy.Count > 0)
            return true;
        _probes ??= _exact.Keys
            .Concat(_stems.Values.SelectMany(s => s.Keys).Select(Probe))
            .Concat(_prefixes.Select(p => p.Prefix))
            .Concat(_phrases.Select(p => p.Terms[0]))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var folded = ArchiveAnalyzers.FoldTextTransient(text);
        foreach (var probe in _probes)
        {
            if (folded.IndexOf(probe.AsSpan(), StringComparison.Ordinal) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Snowball rewrites at most the last couple of letters ("diferencia" → "diferent", "happy" →
    /// "happi"), so a token that does not start with the stem minus two letters cannot have that
    /// stem and is not worth stemming.
    /// </summary>
    private static string Probe(string stem) => stem[..Math.Max(1, stem.Length - 2)];

    private int? MatchWord(Token token, List<(StemmingAnalyzer Analyzer, Dictionary<string, int> Stems, string[] Probes)> stemmers)
    {
        if (_exact.TryGetValue(token.Term, out var word))
            return word;
        foreach (var (analyzer, stems, probes) in stemmers)
        {
            if (!StartsWithAny(token.Term, probes))
                continue;
            var stem = analyzer.StemToken(token.Term);
            if (stem is not null && stems.TryGetValue(stem, out word))
                return word;
        }
        foreach (var (prefix, prefixWord) in _prefixes)
        {
            if (token.Term.StartsWith(prefix, StringComparison.Ordinal))
                return prefixWord;
        }
        foreach (var (term, maxEdits, fuzzyWord) in _fuzzy)
        {
            if (Math.Abs(term.Length - token.Term.Length) <= maxEdits && SpellingSuggester.Distance(term, token.Term) <= maxEdits)
                return fuzzyWord;
        }
        return null;
    }

    private static bool StartsWithAny(string term, string[] probes)
    {
        foreach (var probe in probes)
        {
            if (term.StartsWith(probe, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool PhraseAt(List<Token> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
            return false;
        for (var j = 0; j < phrase.Length; j++)
        {
            var token = tokens[start + j];
            if (token.Term != phrase[j] || token.Position != tokens[start].Position + j)
                return false;
        }
        return true;
    }

    private static List<HighlightSpan> Merge(List<HighlightSpan> spans)
    {
        if (spans.Count < 2)
            return spans;
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<HighlightSpan> { spans[0] };
        foreach (var span in spans.Skip(1))
        {
            var last = merged[^1];
            if (span.Start < last.End)
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            else
                merged.Add(span);
        }
        return merged;
    }

    private readonly record struct Token(string Term, int Start, int End, int Position);

    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        // About one token per six characters of news text: sized once instead of grown by copying.
        var tokens = new List<Token>((text.Length / 6) + 4);
        using var stream = analyzer.GetTokenStream(SearchFields.BodyExact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }
}

/// <summary>A stretch of original text that matched query word number <see cref="Word"/>.</summary>
internal readonly record struct HighlightSpan(int Start, int End, int Word);

/// <summary>
/// Archive's own highlighter: marks matches in the original text (accents and case as written)
/// and escapes everything else, so the result can go straight into a page.
/// </summary>
internal static class Highlighter
{
    public const int SnippetLength = 200;
    private const int LeadingContext = 60;
    private const char Ellipsis = '…';

    public static string Html(string text, List<HighlightSpan> spans) => Render(text, 0, text.Length, spans, html: true);

    /// <summary>The ~200-character window of one paragraph that covers the most different query words.</summary>
    public static Snippet Snippet(IReadOnlyList<string> paragraphs, HighlightTerms terms, string? language)
    {
        var finder = new SnippetFinder(terms, language);
        foreach (var paragraph in paragraphs)
        {
            if (!finder.Add(paragraph))
                break;
        }
        return finder.Result();
    }

    /// <summary>The window of <paramref name="text"/> around the densest run of <paramref name="spans"/>, with its score.</summary>
    internal static (int Start, int End, int Score) Best(List<HighlightSpan> spans) => BestWindow(spans);

    /// <summary>The snippet shown for <paramref name="text"/> given its chosen run of matches (or none: its lead).</summary>
    internal static Snippet Around(string text, int matchStart, int matchEnd, List<HighlightSpan> spans)
    {
        var (start, end) = Window(text, matchStart, matchEnd);
        return new Snippet(text, start, end, spans);
    }

    /// <summary>Score = 1000 × different words + matches, for the densest run of spans fitting in the snippet length.</summary>
    private static (int Start, int End, int Score) BestWindow(List<HighlightSpan> spans)
    {
        (int Start, int End, int Score) best = (spans[0].Start, spans[0].End, 0);
        var counts = new Dictionary<int, int>();
        var right = 0;
        for (var left = 0; left < spans.Count; left++)
        {
            while (right < spans.Count && spans[right].End - spans[left].Start <= SnippetLength)
            {
                counts[spans[right].Word] = counts.GetValueOrDefault(spans[right].Word) + 1;
                right++;
            }
            if (right == left)
            {
                // A single span longer than the window (a long phrase) still gets shown.
                counts[spans[right].Word] = 1;
                right++;
            }
            var score = (counts.Count * 1000) + (right - left);
            if (score > best.Score)
                best = (spans[left].Start, spans[right - 1].End, score);
            var word = spans[left].Word;
            if (--counts[word] == 0)
                counts.Remove(word);
        }
        return best;
    }

    /// <summary>Widens [matchStart, matchEnd) to about the snippet length, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, int matchStart, int matchEnd)
    {
        var slack = Math.Max(0, SnippetLength - (matchEnd - matchStart));
        var start = Math.Max(0, matchStart - Math.Min(LeadingContext, slack));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < matchStart ? space + 1 : matchStart;
        }
        var end = Math.Min(text.Length, Math.Max(matchEnd, start + SnippetLength));
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space >= matchEnd ? space : Math.Max(matchEnd, end);
            if (end > 0 && char.IsHighSurrogate(text[end - 1]))
                end--;
        }
        return (start, end);
    }

    public static string Render(string text, int start, int end, List<HighlightSpan> spans, bool html)
    {
        var output = new StringBuilder(end - start + 32);
        if (start > 0)
            output.Append(Ellipsis);
        var at = start;
        foreach (var span in spans)
        {
            if (span.End <= start || span.Start >= end)
                continue;
            var from = Math.Max(span.Start, start);
            var to = Math.Min(span.End, end);
            Append(output, text, at, from, html);
            if (html)
                output.Append("<mark>");
            Append(output, text, from, to, html);
            if (html)
                output.Append("</mark>");
            at = to;
        }
        Append(output, text, at, end, html);
        if (end < text.Length)
            output.Append(Ellipsis);
        return output.ToString();
    }

    /// <summary>
    /// Escapes the five characters HTML cares about and nothing else: WebUtility.HtmlEncode would
    /// also turn "í" into "&amp;#237;", which is safe but unreadable in the JSON API and exports.
    /// </summary>
    private static void Append(StringBuilder output, string text, int from, int to, bool html)
    {
        if (!html)
        {
            output.Append(text, from, to - from);
            return;
        }
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                default: output.Append(text[i]); break;
            }
        }
    }
}

/// <summary>A window of one paragraph with its matches; rendered as HTML for pages or plain text for exports.</summary>
internal sealed record Snippet(string Text, int Start, int End, List<HighlightSpan> Spans)
{
    public string Html => Highlighter.Render(Text, Start, End, Spans, html: true);

    public string Plain => Highlighter.Render(Text, Start, End, Spans, html: false);
}
