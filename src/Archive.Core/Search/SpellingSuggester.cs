using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// "Did you mean": replaces query words the archive never uses with its nearest words
/// (edit distance ≤ 2, the most used first) and offers the result if it finds something.
/// </summary>
internal static class SpellingSuggester
{
    private const int MinWordLength = 3;

    /// <summary>
    /// Each unknown word costs a Levenshtein automaton and a walk of the vocabulary, 5–25 ms for a long
    /// word, so a query of 32 words nobody uses spent 80–200 ms in suggestions alone. Past this many
    /// lookups the remaining words stay as typed; a "did you mean" is for a few slips, not a paragraph.
    /// </summary>
    internal const int MaxFuzzyLookups = 4;

    /// <summary>No word of either language is this long; longer tokens are codes, addresses or noise, and cost the most to look up.</summary>
    private const int MaxWordLength = 24;

    public static string? Suggest(IndexSearcher searcher, ParsedQuery query, SearchDateBasis dates, Func<Query, Query> withFilters)
    {
        if (query.Root is not { } root)
            return null;
        var reader = searcher.IndexReader;
        var vocabulary = MultiFields.GetTerms(reader, SearchFields.BodyExact);
        if (vocabulary is null)
            return null;
        var changed = false;
        var lookups = 0;
        var corrected = Rewrite(root, term =>
        {
            if (lookups == MaxFuzzyLookups)
                return term;
            var replacement = Correct(reader, vocabulary, term.Text, ref lookups);
            if (replacement is null)
                return term;
            changed = true;
            return term with { Text = replacement };
        });
        if (!changed || LuceneQueryBuilder.Build(corrected, dates) is not { } lucene)
            return null;
        var any = new AnyHitCollector();
        searcher.Search(withFilters(lucene), any);
        return any.Found ? corrected.ToString() : null;
    }

    private static string? Correct(IndexReader reader, Terms vocabulary, string word, ref int lookups)
    {
        var terms = ArchiveAnalyzers.Terms(ArchiveAnalyzers.Exact, word);
        if (terms.Count != 1)
            return null;
        var term = terms[0].Term;
        if (term.Length < MinWordLength || term.Length > MaxWordLength || term.All(char.IsDigit))
            return null;
        if (reader.DocFreq(new Term(SearchFields.BodyExact, term)) > 0 || reader.DocFreq(new Term(SearchFields.TitleExact, term)) > 0)
            return null;

        lookups++;
        var maxEdits = term.Length < 6 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(vocabulary, new AttributeSource(), new Term(SearchFields.BodyExact, term), maxEdits, prefixLength: 1, transpositions: true);
        (string Text, int Distance, int DocFreq)? best = null;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var distance = Distance(term, candidate);
            var docFreq = fuzzy.DocFreq;
            if (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && docFreq > best.Value.DocFreq))
                best = (candidate, distance, docFreq);
        }
        return best?.Text;
    }

    private static SearchQuery Rewrite(SearchQuery node, Func<SearchTerm, SearchTerm> correct) => node switch
    {
        // A byline word is a name, not a word of the texts the suggestions come from.
        SearchTerm { Scope: not SearchScope.Byline } term => correct(term),
        SearchAnd and => new SearchAnd(and.Children.Select(c => Rewrite(c, correct)).ToList()),
        SearchOr or => new SearchOr(or.Children.Select(c => Rewrite(c, correct)).ToList()),
        // Excluded words stay as typed: correcting them would change what is excluded.
        _ => node,
    };

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), as FuzzyTermsEnum counts.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
