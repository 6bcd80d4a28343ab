using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Answers searches from the index alone (titles, snippets and facets come from stored fields and
/// doc values, no database round trip). Thread-safe; register as a singleton beside <see cref="SearchIndex"/>.
/// </summary>
public sealed partial class ArticleSearch(SearchIndex index)
{
    private const int ExportBatchSize = 500;

    public static ParsedQuery Parse(string? text) => SearchQueryParser.Parse(text);

    /// <summary>Deep pages are reached in hops of this many hits, so memory stays bounded however deep.</summary>
    internal int HopSize { get; init; } = 10_000;

    /// <summary>One page of hits with facets and, when asked, the timeline and top words of the same search.</summary>
    public SearchResult Search(SearchRequest request, SearchExtras extras = SearchExtras.None)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        var warnings = parsed.Warnings.ToList();
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var result = new SearchResult { Query = parsed, Page = page, PageSize = pageSize, Warnings = warnings };
        if (BuildQuery(request, parsed) is not { } query)
            return result;

        var sort = SearchCursor.SortFor(request.Sort);
        var relevance = request.Sort == SearchSort.Relevance;
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;

        // One weight for every pass over the index: the story members, then the page with its facets.
        var weight = searcher.CreateNormalizedWeight(query);
        var collapse = request.Copies == SearchCopies.Collapse ? StoryCollapse.Compute(searcher, weight, relevance) : StoryCollapse.None;
        var maxDoc = searcher.IndexReader.MaxDoc;
        FieldDoc? after = null;
        long skip = 0;
        var pastEnd = false;
        if (!string.IsNullOrEmpty(request.Cursor))
        {
            after = SearchCursor.Decode(request.Cursor, request.Sort);
            if (after is null)
                warnings.Add(SearchWarning.InvalidCursor);
        }
        else
        {
            (after, skip, pastEnd) = Hop(searcher, query, collapse.Filter, sort, (long)(page - 1) * pageSize);
        }

        // One extra hit says whether a next page exists without counting what lies before a cursor.
        var wanted = pastEnd ? 0 : (int)skip + pageSize + 1;
        var facets = new FacetCollector(SearchFields.MonthField(request.DateBasis));
        ScoreDoc[] docs;
        Timeline? timeline = null;
        TopWords? topWords = null;
        if (relevance && after is null)
        {
            var top = new TopByRelevanceCollector(wanted, facets);
            if (extras == SearchExtras.None)
            {
                searcher.Search(weight, collapse.Hiding(top, maxDoc));
            }
            else
            {
                // One pass for the page and what it shows beside the hits: the page and facets leave the folded copies
                // out, the timeline and the top words count every matching article, as their own requests do.
                using var days = extras.HasFlag(SearchExtras.Timeline) ? new TimelineCollector() : null;
                var sample = extras.HasFlag(SearchExtras.TopWords) ? new TopByRelevanceCollector(TopWordsSample) : null;
                searcher.Search(weight, MultiCollector.Wrap(collapse.Hiding(top, maxDoc), days, sample));
                timeline = days is null ? null : TimelineOf(days, TimelineInterval.Auto);
                topWords = sample is null ? null : TopWordsOf(searcher, sample, TopWordsCount);
            }
            docs = top.TopDocs((int)skip, pageSize + 1);
        }
        else
        {
            var top = TopFieldCollector.Create(sort, Math.Max(1, wanted), after,
                fillFields: true, trackDocScores: relevance, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(weight, collapse.Hiding(MultiCollector.Wrap(top, facets), maxDoc));
            docs = pastEnd ? [] : top.GetTopDocs((int)skip, pageSize + 1).ScoreDocs;
        }

        var (bodyTerms, titleTerms) = HighlightTerms.From(parsed);
        var tagLabels = TagLabelAlternatives.In(parsed.Root);
        var items = docs.Take(pageSize)
            .Select(d => ToHit(searcher, d, bodyTerms, titleTerms, tagLabels, relevance) with { MoreCopies = collapse.MoreCopiesOf(d.Doc) })
            .ToList();
        var nextCursor = docs.Length > pageSize ? SearchCursor.Encode(request.Sort, (FieldDoc)docs[pageSize - 1]) : null;
        var suggestions = facets.TotalHits == 0
            && SpellingSuggester.Suggest(searcher, parsed, request.DateBasis, q => WithRequestFilters(q, request)) is { } suggestion
            ? new[] { suggestion }
            : [];

        return result with
        {
            Total = facets.TotalHits,
            FoldedCopies = collapse.Hidden,
            Items = items,
            Facets = facets.ToFacets(),
            Suggestions = suggestions,
            Warnings = warnings.Distinct().ToList(),
            NextCursor = nextCursor,
            // Another order or a deeper page collects differently: those run their own pass.
            Timeline = extras.HasFlag(SearchExtras.Timeline) ? timeline ?? Timeline(request) : null,
            TopWords = extras.HasFlag(SearchExtras.TopWords) ? topWords ?? TopWords(request) : null,
        };
    }

    /// <summary>
    /// Every hit of the search (page and cursor ignored) in the request's order, fetched in batches
    /// with SearchAfter: memory stays constant however many articles match. Dispose the enumerator
    /// (foreach does) to release the searcher it holds.
    /// </summary>
    public IEnumerable<ExportRow> Export(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            yield break;
        var sort = SearchCursor.SortFor(request.Sort);
        var (bodyTerms, _) = HighlightTerms.From(parsed);
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var hide = request.Copies == SearchCopies.Collapse
            ? StoryCollapse.Compute(searcher, query, request.Sort == SearchSort.Relevance).Filter
            : null;
        FieldDoc? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docs = searcher.SearchAfter(after, query, hide, ExportBatchSize, sort, doDocScores: false, doMaxScore: false).ScoreDocs;
            foreach (var scoreDoc in docs)
            {
                var doc = searcher.Doc(scoreDoc.Doc, SearchFields.StoredForHits);
                var language = doc.Get(SearchFields.Language) ?? string.Empty;
                var paragraphs = doc.GetValues(SearchFields.Paragraph);
                yield return new ExportRow(
                    Id: IdOf(doc),
                    Slug: doc.Get(SearchFields.Slug) ?? string.Empty,
                    Title: doc.Get(SearchFields.Title) ?? string.Empty,
                    Outlet: doc.Get(SearchFields.Outlet),
                    Language: language,
                    ImportedAt: DateOf(doc, SearchFields.ImportedAt) ?? default,
                    PublishedAt: DateOf(doc, SearchFields.PublishedAt),
                    WordCount: doc.GetField(SearchFields.WordCount)?.GetInt32Value() ?? 0,
                    Snippet: Highlighter.Snippet(paragraphs, bodyTerms, language).Plain,
                    Text: string.Join("\n\n", paragraphs))
                {
                    Tags = StoredTag.From(doc).Select(t => t.Slug).ToList(),
                };
            }
            if (docs.Length < ExportBatchSize)
                yield break;
            after = (FieldDoc)docs[^1];
        }
    }

    /// <summary>
    /// The ids of every article the search matches (page, cursor and order ignored), read from doc values
    /// without loading documents. When more than <paramref name="limit"/> match, only the count comes back
    /// (<see cref="MatchingArticles.Ids"/> empty), so a caller refusing a too-large set never holds it.
    /// </summary>
    public MatchingArticles MatchingIds(SearchRequest request, int limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var parsed = SearchQueryParser.Parse(request.Query);
        if (BuildQuery(request, parsed) is not { } query)
            return new MatchingArticles(0, []);
        using var lease = index.AcquireSearcher();
        var collector = new IdCollector(limit);
        lease.Searcher.Search(query, collector);
        return new MatchingArticles(collector.TotalHits, collector.TotalHits > limit ? [] : collector.Ids);
    }

    /// <summary>An article page's paragraphs with the query's words marked; HTML-safe.</summary>
    /// <param name="language">The article's language, whose stems to match; null tries Spanish and English.</param>
    public static IReadOnlyList<string> HighlightParagraphs(IEnumerable<string> paragraphs, ParsedQuery query, string? language = null)
    {
        var (bodyTerms, _) = HighlightTerms.From(query);
        return paragraphs.Select(p => Highlighter.Html(p, bodyTerms.Find(p, language))).ToList();
    }

    /// <summary>A title with the query's words (including title: ones) marked; HTML-safe.</summary>
    public static string HighlightTitle(string title, ParsedQuery query, string? language = null)
    {
        var (_, titleTerms) = HighlightTerms.From(query);
        return Highlighter.Html(title, titleTerms.Find(title, language));
    }

    /// <summary>Null when nothing can match: text was typed but none of it is searchable.</summary>
    private static Query? BuildQuery(SearchRequest request, ParsedQuery parsed)
    {
        Query? query = parsed.Root is { } root
            ? LuceneQueryBuilder.Build(root, request.DateBasis)
            : string.IsNullOrWhiteSpace(request.Query) ? new MatchAllDocsQuery() : null;
        return query is null ? null : WithRequestFilters(query, request);
    }

    private static Query WithRequestFilters(Query query, SearchRequest request) =>
        LuceneQueryBuilder.WithFilters(query,
        [
            FilterGroup(SearchFilterField.Language, request.Languages),
            FilterGroup(SearchFilterField.Outlet, request.Outlets),
            FilterGroup(SearchFilterField.Tag, request.Tags),
            .. request.Entities.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => (IReadOnlyList<Query>)[LuceneQueryBuilder.EntityFilter(e)]),
            request.HasDateFilter ? [LuceneQueryBuilder.Dates(request.From, request.To, request.DateBasis)] : [],
        ]);

    private static List<Query> FilterGroup(SearchFilterField field, IReadOnlyList<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => LuceneQueryBuilder.Filter(field, v)).ToList();

    /// <summary>Walks to a deep offset in bounded steps, each starting after the previous step's last hit.</summary>
    private (FieldDoc? After, long Skip, bool PastEnd) Hop(IndexSearcher searcher, Query query, Filter? filter, Sort sort, long offset)
    {
        FieldDoc? after = null;
        while (offset > HopSize)
        {
            var docs = searcher.SearchAfter(after, query, filter, HopSize, sort, doDocScores: false, doMaxScore: false).ScoreDocs;
            if (docs.Length < HopSize)
                return (after, 0, PastEnd: true);
            after = (FieldDoc)docs[^1];
            offset -= HopSize;
        }
        return (after, offset, PastEnd: false);
    }

    private static SearchHit ToHit(
        IndexSearcher searcher, ScoreDoc scoreDoc, HighlightTerms bodyTerms, HighlightTerms titleTerms,
        IReadOnlySet<string> tagLabels, bool relevance)
    {
        var fields = new HitFieldsVisitor(bodyTerms);
        searcher.Doc(scoreDoc.Doc, fields);
        var title = fields.Title;
        var tags = fields.Tags;
        return new SearchHit(
            Id: int.Parse(fields.Id, CultureInfo.InvariantCulture),
            Slug: fields.Slug,
            Title: title,
            TitleHtml: Highlighter.Html(title, titleTerms.Find(title, fields.Language)),
            Language: fields.Language,
            Outlet: fields.Outlet,
            ImportedAt: fields.ImportedAt is { } imported ? new DateTime(imported, DateTimeKind.Utc) : default,
            PublishedAt: fields.PublishedAt is { } published ? new DateTime(published, DateTimeKind.Utc) : null,
            WordCount: fields.WordCount,
            Snippet: fields.Snippet.Html,
            Score: relevance ? scoreDoc.Score : null)
        {
            Tags = tags.Select(t => t.Slug).ToList(),
            MatchedTags = tagLabels.Count == 0 ? [] : tags.Where(t => t.HasLabelIn(tagLabels)).Select(t => t.Slug).ToList(),
        };
    }

    private static int IdOf(Document doc) => int.Parse(doc.Get(SearchFields.Id) ?? "0", CultureInfo.InvariantCulture);

    private static DateTime? DateOf(Document doc, string field) =>
        doc.GetField(field)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
}
