using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Core.Search;

/// <summary>
/// The articles most like one article, from the index alone: MoreLikeThis picks the article's most
/// telling words (stemmed in its language) and the keys it shares across languages (<see cref="SharedKey"/>:
/// its tags) are added with a boost, so an article in the other language linked by a tag can rank
/// among them. The article itself and its syndicated copies are left out, and one article per other
/// story is listed. The list follows the index, so it is fresh whenever the page cache is (both move
/// on an index catch-up). Thread-safe; a singleton beside <see cref="SearchIndex"/>.
/// </summary>
public sealed class RelatedArticles(SearchIndex index)
{
    public const int DefaultCount = 5;

    /// <summary>A shared key weighs about as much as several shared telling words.</summary>
    internal const float SharedKeyBoost = 3f;

    private const int MaxQueryTerms = 25;

    /// <summary>A word only this article (or its copies) has finds nothing else; common words weigh little by their idf.</summary>
    private const int MinDocumentFrequency = 2;

    private const int MinWordLength = 3;

    private const double MaxDocumentShare = 0.2;

    private const int CommonWordFloor = 100;

    /// <summary>
    /// Documents the query's words may name in all, so an article page costs about the same however large the
    /// archive: in news a story's telling words are rare and all of them fit; in a corpus of common words the
    /// list stops early.
    /// </summary>
    private const long PostingsBudget = 40_000;

    /// <summary>The same for the shared keys (tags, entities), rarer and boosted, so a smaller share.</summary>
    private const long KeyPostingsBudget = 20_000;

    /// <summary>MoreLikeThis's idf, so the words rank as they did with it.</summary>
    private static readonly DefaultSimilarity _similarity = new();

    private static readonly ISet<string> _storedForList = new HashSet<string>
    {
        SearchFields.Id, SearchFields.Slug, SearchFields.Language, SearchFields.Outlet, SearchFields.ImportedAt,
        SearchFields.PublishedAt, SearchFields.Title, SearchFields.TagStored,
    };

    public IReadOnlyList<RelatedArticle> Find(int articleId, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var found = searcher.Search(new TermQuery(IndexedArticle.IdTerm(articleId)), 1);
        if (found.TotalHits == 0)
            return [];
        var docId = found.ScoreDocs[0].Doc;
        var doc = searcher.Doc(docId);
        var language = doc.Get(SearchFields.Language) ?? "";
        var field = SearchFields.HasStemmer(language) ? SearchFields.BodyStemmed(language) : SearchFields.BodyExact;
        var text = string.Join("\n", doc.GetValues(SearchFields.Paragraph).Prepend(doc.Get(SearchFields.Title) ?? ""));
        var query = new BooleanQuery(disableCoord: true);
        if (TellingWords(searcher.IndexReader, text, field, language) is { Clauses.Count: > 0 } words)
            query.Add(words, Occur.SHOULD);
        var keys = SharedKey.Of(doc);
        foreach (var key in TellingKeys(searcher.IndexReader, keys))
            query.Add(key, Occur.SHOULD);
        if (query.Clauses.Count == 0)
            return [];
        query.Add(new TermQuery(IndexedArticle.IdTerm(articleId)), Occur.MUST_NOT);
        var story = StoryOf(searcher.IndexReader, docId);
        if (story != 0)
            query.Add(new TermQuery(new Term(SearchFields.Story, story.ToString(CultureInfo.InvariantCulture))), Occur.MUST_NOT);

        // Room for copies of one other story, of which only the best is listed.
        var hits = searcher.Top(query, count * 4).ScoreDocs;
        var stories = new HashSet<long>();
        var related = new List<RelatedArticle>(count);
        var ownTags = keys.Where(k => k.Field == SearchFields.Tag).Select(k => k.Display).ToHashSet(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var hitDoc = searcher.Doc(hit.Doc, _storedForList);
            var id = int.Parse(hitDoc.Get(SearchFields.Id) ?? "0", CultureInfo.InvariantCulture);
            var hitStory = StoryOf(searcher.IndexReader, hit.Doc);
            if (!stories.Add(hitStory != 0 ? hitStory : -id))
                continue;
            related.Add(new RelatedArticle(
                id,
                hitDoc.Get(SearchFields.Slug) ?? "",
                hitDoc.Get(SearchFields.Title) ?? "",
                hitDoc.Get(SearchFields.Language) ?? "",
                hitDoc.Get(SearchFields.Outlet),
                DateOf(hitDoc, SearchFields.ImportedAt) ?? default,
                DateOf(hitDoc, SearchFields.PublishedAt),
                [.. StoredTag.From(hitDoc).Select(t => t.Slug).Where(ownTags.Contains)]));
            if (related.Count == count)
                break;
        }
        return related;
    }

    /// <summary>
    /// MoreLikeThis's query: the article's <see cref="MaxQueryTerms"/> words with the highest tf·idf, boosted by it
    /// relative to the best. In a stemmed field the document frequencies come from the reader's stem counts
    /// (<see cref="ArchiveWordCounts"/>, summed once per reader) where MoreLikeThis seeks every distinct word in
    /// every segment, most of an article page's cost; a word in more than <see cref="MaxDocumentShare"/> of the
    /// articles (of a large archive) is left out, as it tells few stories apart and its long postings cost the most to
    /// score, and the words stop at <see cref="PostingsBudget"/>.
    /// </summary>
    private static BooleanQuery? TellingWords(IndexReader reader, string text, string field, string language)
    {
        if (ArchiveAnalyzers.ForLanguage(language) is not { } analyzer)
            return Like(reader, text, field);
        var counts = ArchiveWordCounts.For(reader, language);
        var vocabulary = WordVocabulary.For(language);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, _) in ArchiveAnalyzers.Terms(analyzer, text))
        {
            if (term.Length >= MinWordLength)
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }
        var documents = reader.NumDocs;
        var maxDocumentFrequency = MaxDocumentFrequency(documents);
        var best = new PriorityQueue<(string Term, float Score, int Postings), float>();
        foreach (var (term, frequency) in frequencies)
        {
            if (!vocabulary.TryGetStem(term, out var stem) || stem >= counts.DocumentFrequencies.Length)
                continue;
            var documentFrequency = counts.DocumentFrequencies[stem];
            if (documentFrequency is < MinDocumentFrequency || documentFrequency > maxDocumentFrequency)
                continue;
            var score = frequency * _similarity.Idf(documentFrequency, documents);
            best.Enqueue((term, score, documentFrequency), score);
            if (best.Count > MaxQueryTerms)
                best.Dequeue();
        }
        if (best.Count == 0)
            return null;
        var chosen = new List<(string Term, float Score, int Postings)>(best.Count);
        while (best.TryDequeue(out var word, out _))
            chosen.Add(word);
        chosen.Reverse();
        var top = chosen[0].Score;
        var kept = new List<(Term Term, float Boost)>(chosen.Count);
        var postings = 0L;
        foreach (var (term, score, documentFrequency) in chosen)
        {
            // The best words first, until their postings would pass the budget: the rest weigh least and cost most.
            postings += documentFrequency;
            if (kept.Count > 0 && postings > PostingsBudget)
                break;
            kept.Add((new Term(field, term), score / top));
        }
        var states = TermContexts.Build(reader, [.. kept.Select(k => k.Term)]);
        var query = new BooleanQuery();
        for (var i = 0; i < kept.Count; i++)
            query.Add(new TermQuery(kept[i].Term, states[i]) { Boost = kept[i].Boost }, Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// The shared keys worth asking for, rarest first, under the same rules as the words: a key only this article has
    /// finds nothing, and one on more than <see cref="MaxDocumentShare"/> of the articles tells nothing (in an archive of
    /// one subject its main people and places are on nearly every article) while its postings are the longest to score:
    /// those were most of an article page's time at 100,000 articles. They stop at <see cref="KeyPostingsBudget"/>.
    /// </summary>
    private static List<TermQuery> TellingKeys(IndexReader reader, IReadOnlyList<SharedKey> keys)
    {
        var maxDocumentFrequency = MaxDocumentFrequency(reader.NumDocs);
        var counted = new List<(Term Term, TermContext States)>(keys.Count);
        // The look-up that counts a key's articles is kept for its query, which would otherwise seek it again in every segment.
        var terms = keys.Select(k => k.Term).ToList();
        var looked = TermContexts.Build(reader, terms);
        for (var i = 0; i < terms.Count; i++)
        {
            if (looked[i].DocFreq is >= MinDocumentFrequency && looked[i].DocFreq <= maxDocumentFrequency)
                counted.Add((terms[i], looked[i]));
        }
        counted.Sort(static (a, b) => a.States.DocFreq.CompareTo(b.States.DocFreq));
        var chosen = new List<TermQuery>(counted.Count);
        var postings = 0L;
        foreach (var (term, states) in counted)
        {
            postings += states.DocFreq;
            if (chosen.Count > 0 && postings > KeyPostingsBudget)
                break;
            chosen.Add(new TermQuery(term, states) { Boost = SharedKeyBoost });
        }
        return chosen;
    }

    /// <summary>Lucene's MoreLikeThis, for the exact field of an article in a language without a stemmer.</summary>
    private static BooleanQuery? Like(IndexReader reader, string text, string field)
    {
        var likeThis = new MoreLikeThis(reader)
        {
            Analyzer = ArchiveAnalyzers.PerField,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = MinDocumentFrequency,
            MaxDocFreq = MaxDocumentFrequency(reader.NumDocs),
            MaxQueryTerms = MaxQueryTerms,
            MinWordLen = MinWordLength,
            ApplyBoost = true,
        };
        using var textReader = new StringReader(text);
        return likeThis.Like(textReader, field) as BooleanQuery;
    }

    /// <summary>A small archive keeps every word: there a fifth of the articles may be one story's coverage.</summary>
    private static int MaxDocumentFrequency(int documents) => Math.Max(CommonWordFloor, (int)(documents * MaxDocumentShare));

    /// <summary>The story key of a document (0 when it is in no story of copies).</summary>
    private static long StoryOf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(SearchFields.Story)?.Get(docId - leaf.DocBase) ?? 0;
    }

    private static DateTime? DateOf(Document doc, string field) =>
        doc.GetField(field)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
}
