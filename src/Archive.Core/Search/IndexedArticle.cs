using System.Globalization;
using Archive.Core.Data;
using Archive.Core.Tagging;
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
    public string? Byline { get; init; }

    /// <summary>The story the article is a syndicated copy in (its first article's id); null when it has no known copy.</summary>
    public int? StoryId { get; init; }

    /// <summary>Filled by <see cref="WithTagsAsync"/>; <see cref="Project"/> leaves it empty.</summary>
    public IReadOnlyList<IndexedTag> Tags { get; init; } = [];

    /// <summary>Filled by <see cref="WithEntitiesAsync"/>: the article's entities as (type, slug).</summary>
    public IReadOnlyList<(Entities.EntityType Type, string Slug)> Entities { get; init; } = [];

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
            Byline = a.Byline,
            StoryId = a.StoryId,
        });

    /// <summary>The articles with their tags, read in one query for the whole batch.</summary>
    public static async Task<List<IndexedArticle>> WithTagsAsync(
        ArchiveDbContext db, List<IndexedArticle> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
            return articles;
        var ids = articles.Select(a => a.Id).ToList();
        var rows = await (
                from articleTag in db.ArticleTags.AsNoTracking()
                join tag in db.Tags.AsNoTracking() on articleTag.TagId equals tag.Id
                where EF.Parameter(ids).Contains(articleTag.ArticleId)
                select new { articleTag.ArticleId, tag.Slug, tag.LabelEs, tag.LabelEn })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return articles;
        var byArticle = rows.ToLookup(r => r.ArticleId, r => new IndexedTag(r.Slug, r.LabelEs, r.LabelEn));
        return articles
            .Select(a => byArticle.Contains(a.Id)
                ? a with { Tags = byArticle[a.Id].OrderBy(t => t.Slug, StringComparer.Ordinal).ToList() }
                : a)
            .ToList();
    }

    /// <summary>The articles with their entities, read in one query for the whole batch.</summary>
    public static async Task<List<IndexedArticle>> WithEntitiesAsync(
        ArchiveDbContext db, List<IndexedArticle> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
            return articles;
        var ids = articles.Select(a => a.Id).ToList();
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(ae => EF.Parameter(ids).Contains(ae.ArticleId))
            .Select(ae => new { ae.ArticleId, ae.Entity!.Type, ae.Entity.Slug })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return articles;
        var byArticle = rows.ToLookup(r => r.ArticleId, r => (r.Type, r.Slug));
        return articles
            .Select(a => byArticle.Contains(a.Id) ? a with { Entities = byArticle[a.Id].ToList() } : a)
            .ToList();
    }

    /// <summary>The date results are sorted and tie-broken by: publication when known, else import.</summary>
    public DateTime SortDate => PublishedAt ?? ImportedAt;

    /// <param name="fields">The writer's reusable fields, or null for fields of this document's own.</param>
    public Document ToDocument(IndexFieldCache? fields = null)
    {
        fields?.Reset();
        var language = Language.ToLowerInvariant();
        var doc = new Document
        {
            Keyword(fields, SearchFields.Id, Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(SearchFields.IdSort, Id),
            new StoredField(SearchFields.Slug, Slug),
            Keyword(fields, SearchFields.Language, language, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Language, new BytesRef(language)),
            new NumericDocValuesField(SearchFields.Date, SortDate.Ticks),
            new StoredField(SearchFields.ImportedAt, ImportedAt.Ticks),
            new StoredField(SearchFields.WordCount, WordCount),
            new StoredField(SearchFields.Title, Title),
            new TextField(SearchFields.TitleExact, Title, Field.Store.NO),
        };
        if (PublishedAt is { } published)
        {
            doc.Add(new StoredField(SearchFields.PublishedAt, published.Ticks));
            doc.Add(Int32(fields, SearchFields.PublishedDay, SearchFields.DayNumber(published)));
            doc.Add(new NumericDocValuesField(SearchFields.PublishedMonth, SearchFields.MonthNumber(published)));
        }
        doc.Add(Int32(fields, SearchFields.AnyDay, SearchFields.DayNumber(SortDate)));
        doc.Add(new NumericDocValuesField(SearchFields.AnyMonth, SearchFields.MonthNumber(SortDate)));
        if (StoryId is { } story)
        {
            // The marker lets a collapsing search visit only story members; the key groups them.
            doc.Add(Keyword(fields, SearchFields.InStory, SearchFields.InStoryValue, Field.Store.NO));
            doc.Add(Keyword(fields, SearchFields.Story, story.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            doc.Add(new NumericDocValuesField(SearchFields.Story, story));
        }
        if (!string.IsNullOrWhiteSpace(Byline))
            doc.Add(new TextField(SearchFields.Byline, Byline, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(Outlet))
        {
            doc.Add(new StoredField(SearchFields.Outlet, Outlet));
            doc.Add(new SortedDocValuesField(SearchFields.Outlet, new BytesRef(Outlet)));
            doc.Add(Keyword(fields, SearchFields.OutletKey, ArchiveAnalyzers.Key(Outlet), Field.Store.NO));
        }
        foreach (var tag in Tags.Where(t => !string.IsNullOrWhiteSpace(t.Slug)).DistinctBy(t => t.Slug))
            AddTag(doc, tag, fields);
        foreach (var (type, slug) in Entities.Distinct())
        {
            // Stored so related articles can ask for the same entity (SharedKey).
            doc.Add(Keyword(fields, SearchFields.Entity, Core.Entities.EntityTypes.Name(type) + "/" + slug, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(SearchFields.EntityFacet(type), new BytesRef(slug)));
        }
        // An article whose language is undetermined ("und") is stemmed both ways, so word forms find it in either language.
        IReadOnlyList<string> stemmers = SearchFields.HasStemmer(language) ? [language] : language == Text.Languages.Undetermined ? SearchFields.StemmedLanguages : [];
        foreach (var stemmer in stemmers)
            doc.Add(new TextField(SearchFields.TitleStemmed(stemmer), Title, Field.Store.NO));
        foreach (var paragraph in Paragraphs)
        {
            doc.Add(new StoredField(SearchFields.Paragraph, paragraph));
            doc.Add(new TextField(SearchFields.BodyExact, paragraph, Field.Store.NO));
            foreach (var stemmer in stemmers)
                doc.Add(new TextField(SearchFields.BodyStemmed(stemmer), paragraph, Field.Store.NO));
        }
        foreach (var stemmer in stemmers)
        {
            foreach (var value in ArticleWords.DocValues(Paragraphs, ArchiveAnalyzers.ForLanguage(stemmer)!))
                doc.Add(new SortedSetDocValuesField(SearchFields.WordStems(stemmer), new BytesRef(value)));
        }
        return doc;
    }

    /// <summary>
    /// The facet keeps the slug as the vocabulary has it, so the web layer can look its labels up;
    /// the filter term is the folded key, like outlets, so "tag:Corea-del-Norte" (or the label a slug came from) works too.
    /// </summary>
    private static void AddTag(Document doc, IndexedTag tag, IndexFieldCache? fields)
    {
        doc.Add(Keyword(fields, SearchFields.Tag, ArchiveAnalyzers.TagKey(tag.Slug), Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag.Slug)));
        var es = TagLabels.Fold(tag.LabelEs);
        var en = TagLabels.Fold(tag.LabelEn);
        foreach (var label in new[] { es, en }.Where(l => l.Length > 0).Distinct())
            doc.Add(Keyword(fields, SearchFields.TagLabel, label, Field.Store.NO));
        doc.Add(new StoredField(SearchFields.TagStored, StoredTag.Write(tag.Slug, es, en)));
    }

    private static StringField Keyword(IndexFieldCache? fields, string name, string value, Field.Store store) =>
        fields?.Keyword(name, value, store) ?? new StringField(name, value, store);

    private static Int32Field Int32(IndexFieldCache? fields, string name, int value) =>
        fields?.Int32(name, value) ?? new Int32Field(name, value, Field.Store.NO);
}

/// <summary>A tag an article carries, as the index needs it.</summary>
internal sealed record IndexedTag(string Slug, string LabelEs, string LabelEn);

/// <summary>A tag as stored on a document: slug and both folded labels, read back for hits and exports.</summary>
internal readonly record struct StoredTag(string Slug, string FoldedEs, string FoldedEn)
{
    // Folded labels hold only letters, digits and spaces, so a control character cannot clash.
    private const char Separator = '\u001F';

    public static string Write(string slug, string foldedEs, string foldedEn) =>
        string.Join(Separator, slug, foldedEs, foldedEn);

    public static StoredTag Read(string value)
    {
        var parts = value.Split(Separator);
        return new StoredTag(parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2] : "");
    }

    public static IReadOnlyList<StoredTag> From(Document doc) =>
        doc.GetValues(SearchFields.TagStored).Select(Read).ToList();

    public bool HasLabelIn(IReadOnlySet<string> foldedLabels) =>
        foldedLabels.Contains(FoldedEs) || foldedLabels.Contains(FoldedEn);
}
