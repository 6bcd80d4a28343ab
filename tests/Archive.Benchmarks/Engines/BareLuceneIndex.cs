using Archive.Benchmarks.Searching;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Archive.Benchmarks.Engines;

/// <summary>
/// Lucene with nothing of Archive around it: one IndexWriter, per-language analysis, and plain
/// Term/Phrase/Prefix/Boolean queries for the top 20 — the engine's own limit.
/// </summary>
public sealed class BareLuceneIndex : IDisposable
{
    private readonly Analyzer _spanish = BareAnalyzers.Spanish();
    private readonly Analyzer _english = BareAnalyzers.English();
    private readonly Analyzer _folded = BareAnalyzers.Folded();
    private readonly Directory _directory;
    private readonly ISet<string> _idOnly;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    private readonly LuceneSchema _schema;

    public BareLuceneIndex(string folder, LuceneSchema? schema = null)
    {
        _directory = FSDirectory.Open(folder);
        _schema = schema ?? LuceneSchema.Bare;
        _idOnly = new HashSet<string> { _schema.IdField };
    }

    public static void Build(string folder, IEnumerable<ArticleText> articles)
    {
        using var index = new BareLuceneIndex(folder);
        index.Write(articles);
    }

    private void Write(IEnumerable<ArticleText> articles)
    {
        var spanish = PerLanguage(_spanish);
        var english = PerLanguage(_english);
        var config = new IndexWriterConfig(BareAnalyzers.Version, spanish)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(_directory, config);
        var id = new StringField("id", string.Empty, Field.Store.YES);
        var lang = new StringField("lang", string.Empty, Field.Store.NO);
        var title = new TextField("title", string.Empty, Field.Store.NO);
        var body = new TextField("body", string.Empty, Field.Store.NO);
        var exact = new TextField("exact", string.Empty, Field.Store.NO);
        var document = new Document { id, lang, title, body, exact };
        foreach (var article in articles)
        {
            id.SetStringValue(article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            lang.SetStringValue(article.Language);
            title.SetStringValue(article.Title);
            body.SetStringValue(article.Body);
            exact.SetStringValue(article.Title + "\n" + article.Body);
            writer.AddDocument(document, article.Language == "en" ? english : spanish);
        }
        writer.Commit();
    }

    private PerFieldAnalyzerWrapper PerLanguage(Analyzer stemmed) =>
        new(stemmed, new Dictionary<string, Analyzer> { ["exact"] = _folded });

    public void OpenForSearch()
    {
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public bool ContainsWord(string word)
    {
        var folded = BareAnalyzers.Terms(_folded, "exact", word);
        return folded.Count == 1 && _schema.ExactFields.Any(field => Reader.DocFreq(new Term(field, folded[0])) > 0);
    }

    private DirectoryReader Reader => _reader ?? throw new InvalidOperationException("Call OpenForSearch first.");
    private IndexSearcher Searcher => _searcher ?? throw new InvalidOperationException("Call OpenForSearch first.");

    /// <summary>Runs one query: top 20 of the requested page with their stored ids, plus the total.</summary>
    public SearchOutcome Search(QuerySpec spec)
    {
        var query = Translate(spec);
        var top = Searcher.Search(query, spec.Offset + QuerySpec.PageSize);
        var ids = new List<int>(QuerySpec.PageSize);
        for (var i = spec.Offset; i < top.ScoreDocs.Length; i++)
            ids.Add(int.Parse(Searcher.Doc(top.ScoreDocs[i].Doc, _idOnly).Get(_schema.IdField), System.Globalization.CultureInfo.InvariantCulture));
        string? suggestion = null;
        if (top.TotalHits == 0 && spec.Kind == QueryKind.ZeroHit)
            suggestion = Suggest(spec.Words[0]);
        return new SearchOutcome(top.TotalHits, ids.Count, suggestion);
    }

    private Query Translate(QuerySpec spec)
    {
        switch (spec.Kind)
        {
            case QueryKind.Phrase:
                var terms = BareAnalyzers.Terms(_folded, "exact", string.Join(' ', spec.Words));
                return AnyField(_schema.ExactFields.Select(field =>
                {
                    var phrase = new PhraseQuery();
                    foreach (var term in terms)
                        phrase.Add(new Term(field, term));
                    return (Query)phrase;
                }));
            case QueryKind.Prefix:
                var prefix = BareAnalyzers.Terms(_folded, "exact", spec.Words[0]).FirstOrDefault() ?? spec.Words[0];
                return AnyField(_schema.ExactFields.Select(field => (Query)new PrefixQuery(new Term(field, prefix))));
            case QueryKind.Or:
                return new BooleanQuery { { Word(spec.Words[0]), Occur.SHOULD }, { Word(spec.Words[1]), Occur.SHOULD } };
            case QueryKind.Not:
                return new BooleanQuery { { Word(spec.Words[0]), Occur.MUST }, { Word(spec.Words[1]), Occur.MUST_NOT } };
            case QueryKind.TwoWords:
                return new BooleanQuery { { Word(spec.Words[0]), Occur.MUST }, { Word(spec.Words[1]), Occur.MUST } };
            case QueryKind.FacetFilter:
                return new BooleanQuery
                {
                    { Word(spec.Words[0]), Occur.MUST },
                    { new ConstantScoreQuery(new TermQuery(new Term(_schema.LanguageField, spec.Language))), Occur.MUST },
                };
            default:
                return Word(spec.Words[0]);
        }
    }

    /// <summary>One typed word, stemmed both ways, in titles (weighted) and bodies.</summary>
    private BooleanQuery Word(string word)
    {
        var query = new BooleanQuery();
        var added = new HashSet<(string, string)>();
        foreach (var (field, language, boost) in _schema.StemmedFields)
        {
            var analyzer = language == "en" ? _english : _spanish;
            foreach (var stem in BareAnalyzers.Terms(analyzer, field, word))
            {
                if (added.Add((field, stem)))
                    query.Add(new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
            }
        }
        return query;
    }

    private static Query AnyField(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        if (list.Count == 1)
            return list[0];
        var any = new BooleanQuery();
        foreach (var query in list)
            any.Add(query, Occur.SHOULD);
        return any;
    }

    /// <summary>The closest indexed word within two edits, most frequent first — what a "did you mean" needs.</summary>
    private string? Suggest(string word)
    {
        var field = _schema.ExactFields[^1];
        var folded = BareAnalyzers.Terms(_folded, "exact", word).FirstOrDefault();
        var terms = folded is null ? null : MultiFields.GetTerms(Reader, field);
        if (terms is null || folded is null)
            return null;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, folded), 2, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestScore = (Boost: float.MinValue, DocFreq: 0);
        var seen = 0;
        while (fuzzy.MoveNext() && seen++ < 256)
        {
            var candidate = fuzzy.Term;
            var score = (boost.Boost, fuzzy.DocFreq);
            if (score.Boost > bestScore.Boost || (score.Boost == bestScore.Boost && score.DocFreq > bestScore.DocFreq))
            {
                bestScore = score;
                best = candidate.Utf8ToString();
            }
        }
        return best;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _spanish.Dispose();
        _english.Dispose();
        _folded.Dispose();
    }
}

/// <summary>
/// Which fields a Lucene index keeps what in, so the same bare queries run on the bare index and on
/// Archive's own index (the "same index": only Archive's code around the engine differs).
/// </summary>
public sealed record LuceneSchema(
    IReadOnlyList<(string Field, string Language, float Boost)> StemmedFields,
    IReadOnlyList<string> ExactFields,
    string LanguageField,
    string IdField)
{
    public static LuceneSchema Bare { get; } = new(
        [("title", "es", 2f), ("body", "es", 1f), ("title", "en", 2f), ("body", "en", 1f)], ["exact"], "lang", "id");
}

/// <summary>What any engine answered for one query: total hits, rows returned, and a suggestion if it made one.</summary>
public readonly record struct SearchOutcome(long Total, int Returned, string? Suggestion);
