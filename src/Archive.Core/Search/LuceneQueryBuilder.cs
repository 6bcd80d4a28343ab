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

    /// <summary>Null when the tree holds nothing the analyzers keep (then nothing matches).</summary>
    public static Query? Build(SearchQuery node) => node switch
    {
        SearchTerm term => OrTagLabel(Word(term.Text, term.Scope), node),
        SearchPhrase phrase => OrTagLabel(Phrase(phrase.Text, phrase.Scope), node),
        SearchPrefix prefix => Prefix(prefix.Text, prefix.Scope),
        SearchFilter filter => Filter(filter.Field, filter.Value),
        SearchAnd and => OrTagLabel(And(and.Children), node),
        SearchOr or => Or(or.Children),
        SearchNot not => Build(not.Child) is { } child ? AllBut(child) : null,
        _ => null,
    };

    public static Query Filter(SearchFilterField field, string value) => field switch
    {
        SearchFilterField.Language => new TermQuery(new Term(SearchFields.Language, value.Trim().ToLowerInvariant())),
        SearchFilterField.Outlet => new TermQuery(new Term(SearchFields.OutletKey, ArchiveAnalyzers.Key(value))),
        _ => new TermQuery(new Term(SearchFields.Tag, ArchiveAnalyzers.TagKey(value))),
    };

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

    private static BooleanQuery? And(IReadOnlyList<SearchQuery> children)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is SearchNot not)
            {
                if (Build(not.Child) is { } excluded)
                    query.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            // A word the analyzers drop entirely cannot be required; the rest of the query still applies.
            if (Build(child) is not { } required)
                continue;
            query.Add(required, Occur.MUST);
            positives++;
        }
        if (query.Clauses.Count == 0)
            return null;
        if (positives == 0)
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private static BooleanQuery? Or(IReadOnlyList<SearchQuery> children)
    {
        var query = new BooleanQuery();
        foreach (var child in children)
        {
            if (Build(child) is { } alternative)
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
        foreach (var language in SearchFields.StemmedLanguages)
        {
            var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.ForLanguage(language)!, text);
            AddFieldPair(any, SearchFields.TitleStemmed(language), SearchFields.BodyStemmed(language), terms, scope);
        }
        AddFieldPair(any, SearchFields.TitleExact, SearchFields.BodyExact, ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text), scope);
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private static DisjunctionMaxQuery? Phrase(string text, SearchScope scope)
    {
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        AddFieldPair(any, SearchFields.TitleExact, SearchFields.BodyExact, ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text), scope);
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private static DisjunctionMaxQuery? Prefix(string text, SearchScope scope)
    {
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, text);
        if (terms.Count == 0)
            return null;
        var any = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        foreach (var field in Fields(SearchFields.TitleExact, SearchFields.BodyExact, scope))
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
            query.Boost = field == SearchFields.TitleExact ? TitleBoost : 1f;
            any.Add(query);
        }
        return any;
    }

    private static void AddFieldPair(
        DisjunctionMaxQuery any, string titleField, string bodyField, List<(string Term, int Position)> terms, SearchScope scope)
    {
        if (terms.Count == 0)
            return;
        foreach (var field in Fields(titleField, bodyField, scope))
        {
            var query = TermsQuery(field, terms);
            query.Boost = field == titleField ? TitleBoost : 1f;
            any.Add(query);
        }
    }

    private static IEnumerable<string> Fields(string titleField, string bodyField, SearchScope scope) =>
        scope == SearchScope.Title ? [titleField] : [titleField, bodyField];

    /// <summary>One term, or a phrase when the analyzer split the word ("covid-19", "U.S.").</summary>
    private static Query TermsQuery(string field, List<(string Term, int Position)> terms)
    {
        if (terms.Count == 1)
            return new TermQuery(new Term(field, terms[0].Term));
        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
