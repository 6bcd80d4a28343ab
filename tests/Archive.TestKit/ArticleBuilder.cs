using Archive.Core.Text;
using System.Globalization;
using System.Text;
using Archive.Core.Articles;

namespace Archive.Testing;

/// <summary>
/// An article as the importer would store it, with sensible defaults; each one unique (hash, slug)
/// and imported a moment after the previous one, so "newest first" is predictable.
/// </summary>
public sealed class ArticleBuilder
{
    private static int _sequence;
    private static readonly DateTime _epoch = DateTime.UtcNow;

    private readonly int _number = Interlocked.Increment(ref _sequence);
    private string _title;
    private bool _titleDerived;
    private string _language = "es";
    private Outlet? _outlet;
    private List<string> _paragraphs = ["Primer párrafo del artículo de prueba.", "Segundo párrafo, con más texto."];
    private readonly List<RemovedLine> _removedLines = [];
    private DateTime? _importedAt;
    private DateTime? _publishedAt;
    private string? _byline;
    private string? _canonicalUrl;
    private int? _importRunId;

    public ArticleBuilder() => _title = $"Artículo de prueba número {_number}";

    public ArticleBuilder Titled(string title, bool derived = false)
    {
        _title = title;
        _titleDerived = derived;
        return this;
    }

    public ArticleBuilder InLanguage(string language)
    {
        _language = language;
        return this;
    }

    public ArticleBuilder From(Outlet outlet)
    {
        _outlet = outlet;
        return this;
    }

    public ArticleBuilder WithParagraphs(params string[] paragraphs)
    {
        _paragraphs = [.. paragraphs];
        return this;
    }

    public ArticleBuilder WithRemovedLine(int lineNumber, string text, string rule)
    {
        _removedLines.Add(new RemovedLine { LineNumber = lineNumber, Text = text, Rule = rule });
        return this;
    }

    public ArticleBuilder ImportedAt(DateTime importedAt)
    {
        _importedAt = importedAt;
        return this;
    }

    public ArticleBuilder WithSource(DateTime? publishedAt = null, string? byline = null, string? canonicalUrl = null)
    {
        _publishedAt = publishedAt;
        _byline = byline;
        _canonicalUrl = canonicalUrl;
        return this;
    }

    public ArticleBuilder InImportRun(int importRunId)
    {
        _importRunId = importRunId;
        return this;
    }

    public Article Build() => new()
    {
        Slug = Slugs.FromTitle(_title),
        Title = _title,
        TitleDerived = _titleDerived,
        Language = _language,
        OutletId = _outlet?.Id,
        Paragraphs = [.. _paragraphs],
        Lead = _paragraphs.Count == 0 ? "" : _paragraphs[0],
        WordCount = _paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
        SourceFile = $"/tests/articles/{_number}.txt",
        ContentHash = Convert.ToHexString(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
        ImportedAt = _importedAt ?? _epoch.AddSeconds(_number),
        PublishedAt = _publishedAt,
        Byline = _byline,
        CanonicalUrl = _canonicalUrl,
        ImportRunId = _importRunId,
        RemovedLines = [.. _removedLines],
    };
}
