using Archive.Core.Articles;
using Archive.Core.Text;

namespace Archive.Core.Importing;

/// <summary>
/// The pipeline's normalise step, the same for every format: collapsed whitespace and no empty
/// paragraphs, the headline never left as the first paragraph, a wire's sign-off removed, the
/// dateline read, and what the source did not declare detected (language, outlet, and the
/// published date when the dateline's year is known).
/// </summary>
public sealed class ArticleNormalizer(WireConventions wire, OutletDetector outlets, int? datelineYear = null)
{
    public static ArticleNormalizer Default { get; } = new(WireConventions.Default, OutletDetector.Default);

    /// <summary>Null when no text is left.</summary>
    public NormalizedArticle? Normalize(ParsedArticle parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        // U+FFFE survives HTML parsing too, and hashing (normalization) and indexing throw on it.
        var paragraphs = parsed.Paragraphs.Select(p => Whitespace.Collapse(TextDecoding.WithoutNoncharacters(p))).Where(p => p.Length > 0).ToList();
        var removed = parsed.RemovedLines.ToList();
        var title = Whitespace.Collapse(TextDecoding.WithoutNoncharacters(parsed.Title));

        // The headline is the title, never also the first paragraph (HTML and Markdown bodies often repeat it).
        if (title.Length > 0 && paragraphs.Count > 1 && SameText(paragraphs[0], title))
        {
            removed.Add(new RemovedLine { LineNumber = 1, Text = paragraphs[0], Rule = NoiseRules.RepeatedTitle });
            paragraphs.RemoveAt(0);
        }
        if (paragraphs.Count > 1 && wire.MatchSignOff(paragraphs[^1]) is not null)
        {
            removed.Add(new RemovedLine { LineNumber = paragraphs.Count, Text = paragraphs[^1], Rule = WireConventions.SignOffRule });
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        if (paragraphs.Count == 0)
            return null;

        var titleDerived = parsed.TitleDerived || title.Length == 0;
        if (title.Length == 0)
            title = Titles.Derive(paragraphs[0]);
        if (title.Length > Article.TitleMaxLength)
            title = TextCuts.AtWordBoundary(title, Article.TitleMaxLength);

        var article = parsed with
        {
            Title = title,
            TitleDerived = titleDerived,
            Paragraphs = paragraphs,
            RemovedLines = removed,
            Byline = parsed.Byline is null ? null : Cut(Whitespace.Collapse(parsed.Byline), Article.BylineMaxLength),
        };

        var dateline = WireConventions.ParseDateline(paragraphs[0]);
        var language = Languages.Held(parsed.Language) ?? LanguageDetector.Detect(paragraphs.Prepend(title)).Language;
        var outlet = string.IsNullOrWhiteSpace(parsed.OutletName)
            ? SignOffAgency(removed) ?? outlets.Detect(paragraphs, removed)
            : Whitespace.Collapse(parsed.OutletName);
        // A dateline never says the year; only a year known from elsewhere makes it a date.
        var published = parsed.PublishedAt ?? (datelineYear is { } year ? dateline?.DateIn(year) : null);
        return new NormalizedArticle(
            article, language, outlet, dateline, published, WordCounter.Count(paragraphs), ContentHash.Compute(article));
    }

    private string? SignOffAgency(IEnumerable<RemovedLine> removed)
    {
        foreach (var line in removed)
        {
            if (line.Rule == WireConventions.SignOffRule && wire.MatchSignOff(line.Text) is { } agency)
                return agency;
        }
        return null;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(TextFolding.Fold(a).TrimEnd('.', ' '), TextFolding.Fold(b).TrimEnd('.', ' '), StringComparison.Ordinal);

    private static string Cut(string text, int max) => text.Length <= max ? text : TextCuts.AtWordBoundary(text, max);
}
