using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Turns the parsed tree into Lucene queries directly. A word is looked for three ways at once:
/// stemmed as Spanish, stemmed as English and exactly (folded), so one box serves both languages.
/// </summary>
internal static class LuceneQueryBuilder
{
    public const float TitleBoost = 3f;
    private const float DisjunctionTieBreaker = 0.1f;

    /// <summary>
    /// Plain words of one group also score as a sloppy phrase: the article that holds them side by
    /// side (a remembered sentence) outranks a shorter one that has them scattered. It only adds to
    /// the score; it never decides what matches. Tuned with the relevance harness (tests/Archive.Benchmarks).
    /// </summary>
    public const int ProximitySlop = 6;
    public const float ProximityBoost = 4f;

    /// <summary>Null when the tree holds nothing the analyzers keep (then nothing matches).</summary>
    public static Query? Build(SearchQuery node, SearchDateBasis dates = SearchDateBasis.Published) => node switch
    {
        SearchTerm term => OrTagLabel(Word(term.Text, term.Scope), node),
        SearchPhrase phrase => OrTagLabel(Phrase(phrase.Text, phrase.Scope, phrase.Slop), node),
        SearchPrefix prefix => Prefix(prefix.Text, prefix.Scope),
        SearchFuzzy fuzzy => Fuzzy(fuzzy.Text, fuzzy.MaxEdits, fuzzy.Scope),
        SearchFilter filter => Filter(filter.Field, filter.Value),
        SearchDateRange range => Dates(range.From, range.To, dates),
        SearchAnd and => OrTagLabel(And(and.Children, dates), node),
        SearchOr or => Or(or.Children, dates),
        SearchNot not => Build(not.Child, dates) is { } child ? AllBut(child) : null,
        _ => null,
    };

    public static Query Filter(SearchFilterField field, string value) => field switch
    {
        SearchFilterField.Language => new TermQuery(new Term(SearchFields.Language, value.Trim().ToLowerInvariant())),
        SearchFilterField.Outlet => new TermQuery(new Term(SearchFields.OutletKey, ArchiveAnalyzers.Key(value))),
        _ => new TermQuery(new Term(SearchFields.Tag, ArchiveAnalyzers.TagKey(value))),
    };

    /// <summary>Articles naming the entity "type/slug" (the type spelled any way <see cref="Entities.EntityTypes.TryParse"/> takes).</summary>
    public static Query EntityFilter(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && Entities.EntityTypes.TryParse(text[..slash], out var type))
            text = Entities.EntityTypes.Name(type) + "/" + text[(slash + 1)..];
        return new TermQuery(new Term(SearchFields.Entity, text));
    }

    /// <summary>Articles dated from..to (inclusive days, either end open); scores nothing.</summary>
    public static Query Dates(DateOnly? from, DateOnly? to, SearchDateBasis basis)
    {
        var range = NumericRangeQuery.NewInt32Range(
            SearchFields.DayField(basis), from is { } f ? SearchFields.DayNumber(f) : null, to is { } t ? SearchFields.DayNumber(t) : null,
            minInclusive: true, maxInclusive: true);
        return new ConstantScoreQuery(range) { Boost = 0f };
    }

    /// <summary>Requires the query and every filter group (values inside a group are alternatives); filters do not score.</summary>
    public static Query WithFilters(Query query, IEnumerable<IReadOnlyList<Query>> filterGroups)
    {
        var groups = filterGroups.Where(g => g.Count > 0).ToList();
        if (groups.Count == 0)
            return query;
        var all = new BooleanQuery { { query, Occur.MUST } };
        foreach (var group in groups)
        {
            var alternatives = new BooleanQuery();
            foreach (var filter in group)
                alternatives.Add(filter, Occur.SHOULD);
            all.Add(new ConstantScoreQuery(alternatives) { Boost = 0f }, Occur.MUST);
        }
        return all;
    }

    /// <summary>
    /// Adds "or the article carries a tag with this label" when the node's text is a possible label.
    /// A word or phrase gets it as one more disjunct; a group of words as an alternative to the whole group.
    /// </summary>
    private static Query? OrTagLabel(Query? query, SearchQuery node)
    {
        if (TagLabelAlternatives.Of(node) is not { } label)
            return query;
        var byTag = new TermQuery(new Term(SearchFields.TagLabel, label));
        switch (query)
        {
            case null:
                return byTag;
            case DisjunctionMaxQuery any:
                any.Add(byTag);
                return any;
            default:
                return new BooleanQuery { { query, Occur.SHOULD }, { byTag, Occur.SHOULD } };
        }
    }

    private static BooleanQuery? And(IReadOnlyList<SearchQuery> children, SearchDateBasis dates)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is SearchNot not)
            {
                if (Build(not.Child, dates) is { } excluded)
                    query.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            // A word the analyzers drop entirely cannot be required; the rest of the query still applies.
            if (Build(child, dates) is not { } required)
                continue;
            query.Add(required, Occur.MUST);
            positives++;
        }
        if (query.Clauses.Count == 0)
            return null;
        if (positives == 0)
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var proximity in Proximity(children))
            query.Add(proximity, Occur.SHOULD);
        return query;
    }

    /// <summary>The group's plain words, in the order typed, as a sloppy phrase in the title and in the body.</summary>
    private static IEnumerable<Query> Proximity(IReadOnlyList<SearchQuery> children)
    {
        var terms = new List<string>();
        var words = 0;
        foreach (var child in children)
        {
            if (child is not SearchTerm { Scope: SearchScope.Anywhere } term)
                continue;
            var exact = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, term.Text);
            if (exact.Count == 0)
                continue;
            terms.AddRange(exact.Select(t => t.Term));
            words++;
        }
        if (words < 2)
            yield break;
        foreach (var (field, boost) in new[] { (SearchFields.TitleExact, TitleBoost), (SearchFields.BodyExact, 1f) })
        {
            var phrase = new PhraseQuery { Slop = ProximitySlop, Boost = ProximityBoost * boost };
            foreach (var t in terms)
                phrase.Add(new Term(field, t));
            yield return phrase;
        }
    }

    private static BooleanQuery? Or(IReadOnlyList<SearchQuery> children, SearchDateBasis dates)
    {
        var query = new BooleanQuery();
        foreach (var child in children)
        {
            if (Build(child, dates) is { } alternative)
                query.Add(alternative, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private static BooleanQuery AllBut(Query excluded) => new()
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { excluded, Occur.MUST_NOT },
    };

    private static DisjunctionMaxQuery? Word(string text, SearchScope scope)
    {
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        if (scope != SearchScope.Byline)
        {
            foreach (var language in SearchFields.StemmedLanguages)
            {
                var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.ForLanguage(language)!, text);
                AddFields(any, terms, 0, scope == SearchScope.Title
                    ? [(SearchFields.TitleStemmed(language), TitleBoost)]
                    : [(SearchFields.TitleStemmed(language), TitleBoost), (SearchFields.BodyStemmed(language), 1f)]);
            }
        }
        AddFields(any, ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text), 0, ExactFields(scope));
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private static DisjunctionMaxQuery? Phrase(string text, SearchScope scope, int slop)
    {
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        AddFields(any, ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text), slop, ExactFields(scope));
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private static DisjunctionMaxQuery? Prefix(string text, SearchScope scope)
    {
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (terms.Count == 0)
            return null;
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        foreach (var (field, boost) in ExactFields(scope))
        {
            // "covid-1*": the leading parts must be there as words, the last one is the prefix.
            var query = new BooleanQuery();
            foreach (var (term, _) in terms.Take(terms.Count - 1))
                query.Add(new TermQuery(new Term(field, term)), Occur.MUST);
            // Constant-score rewrite walks matching terms into a bitset: no clause limit, no scoring of thousands of terms.
            query.Add(new PrefixQuery(new Term(field, terms[^1].Term))
            {
                MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
            }, Occur.MUST);
            query.Boost = boost;
            any.Add(query);
        }
        return any;
    }

    /// <summary>Typos are judged on the folded, unstemmed word: a stem is not a word anyone typed.</summary>
    private static DisjunctionMaxQuery? Fuzzy(string text, int maxEdits, SearchScope scope)
    {
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (terms.Count != 1)
            return Word(text, scope);
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        foreach (var (field, boost) in ExactFields(scope))
            any.Add(new FuzzyQuery(new Term(field, terms[0].Term), maxEdits) { Boost = boost });
        return any;
    }

    private static (string Field, float Boost)[] ExactFields(SearchScope scope) => scope switch
    {
        SearchScope.Title => [(SearchFields.TitleExact, TitleBoost)],
        SearchScope.Byline => [(SearchFields.Byline, 1f)],
        _ => [(SearchFields.TitleExact, TitleBoost), (SearchFields.BodyExact, 1f)],
    };

    private static void AddFields(DisjunctionMaxQuery any, List<(string Term, int Position)> terms, int slop, (string Field, float Boost)[] fields)
    {
        if (terms.Count == 0)
            return;
        foreach (var (field, boost) in fields)
        {
            var query = TermsQuery(field, terms, slop);
            query.Boost = boost;
            any.Add(query);
        }
    }

    /// <summary>One term, or a phrase when the analyzer split the word ("covid-19", "U.S.") or the user quoted several.</summary>
    private static Query TermsQuery(string field, List<(string Term, int Position)> terms, int slop)
    {
        if (terms.Count == 1)
            return new TermQuery(new Term(field, terms[0].Term));
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
