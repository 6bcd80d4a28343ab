using System.Globalization;
using Archive.Core.Data;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Search;

/// <summary>What the index keeps of an article: everything a result line, a snippet or an export needs.</summary>
internal sealed record IndexedArticle
{
    public int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Language { get; init; }
    public string? Outlet { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public int WordCount { get; init; }
    public DateTime ImportedAt { get; init; }
    public DateTime? PublishedAt { get; init; }

    /// <summary>Tag slugs; filled once the archive tags articles (the index already filters and counts them).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public static Term IdTerm(int id) => new(SearchFields.Id, id.ToString(CultureInfo.InvariantCulture));

    public static IQueryable<IndexedArticle> Project(ArchiveDbContext db) =>
        db.Articles.AsNoTracking().Select(a => new IndexedArticle
        {
            Id = a.Id,
            Slug = a.Slug,
            Title = a.Title,
            Language = a.Language,
            Outlet = a.Outlet == null ? null : a.Outlet.Name,
            Paragraphs = a.Paragraphs,
            WordCount = a.WordCount,
            ImportedAt = a.ImportedAt,
            PublishedAt = a.PublishedAt,
        });

    /// <summary>The date results are sorted and tie-broken by: publication when known, else import.</summary>
    public DateTime SortDate => PublishedAt ?? ImportedAt;

    public Document ToDocument()
    {
        var language = Language.ToLowerInvariant();
        var doc = new Document
        {
            new StringField(SearchFields.Id, Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(SearchFields.IdSort, Id),
            new StoredField(SearchFields.Slug, Slug),
            new StringField(SearchFields.Language, language, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Language, new BytesRef(language)),
            new NumericDocValuesField(SearchFields.Date, SortDate.Ticks),
            new StoredField(SearchFields.ImportedAt, ImportedAt.Ticks),
            new StoredField(SearchFields.WordCount, WordCount),
            new StoredField(SearchFields.Title, Title),
            new TextField(SearchFields.TitleExact, Title, Field.Store.NO),
        };
        if (PublishedAt is { } published)
            doc.Add(new StoredField(SearchFields.PublishedAt, published.Ticks));
        if (!string.IsNullOrWhiteSpace(Outlet))
        {
            doc.Add(new StoredField(SearchFields.Outlet, Outlet));
            doc.Add(new SortedDocValuesField(SearchFields.Outlet, new BytesRef(Outlet)));
            doc.Add(new StringField(SearchFields.OutletKey, ArchiveAnalyzers.Key(Outlet), Field.Store.NO));
        }
        foreach (var tag in Tags.Select(ArchiveAnalyzers.Key).Where(t => t.Length > 0).Distinct())
        {
            doc.Add(new StringField(SearchFields.Tag, tag, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag)));
        }
        var stemmed = SearchFields.HasStemmer(language);
        if (stemmed)
            doc.Add(new TextField(SearchFields.TitleStemmed(language), Title, Field.Store.NO));
        foreach (var paragraph in Paragraphs)
        {
            doc.Add(new StoredField(SearchFields.Paragraph, paragraph));
            doc.Add(new TextField(SearchFields.BodyExact, paragraph, Field.Store.NO));
            if (stemmed)
                doc.Add(new TextField(SearchFields.BodyStemmed(language), paragraph, Field.Store.NO));
        }
        return doc;
    }
}
