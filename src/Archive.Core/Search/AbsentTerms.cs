using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Takes out of a query the optional single terms no document holds. The query builder offers alternatives the index
/// may lack, above all a group of words as a tag label ("gobierno presidente" OR tag label "gobierno presidente"), and
/// Lucene makes a boolean of optional clauses a bucket scorer that allocates 2,048 buckets per segment even when all
/// but one clause match nothing; nested under a required clause it is still made, then dropped (BooleanWeight builds
/// each clause's bulk scorer before it looks at the clause's occur). Scores stay as they were: BM25 has no coordination
/// factor or query norm, so a clause that matches nothing adds nothing.
/// </summary>
internal static class AbsentTerms
{
    public static Query Prune(Query query, IndexReader reader) => query switch
    {
        BooleanQuery boolean => Prune(boolean, reader),
        _ => query,
    };

    private static BooleanQuery Prune(BooleanQuery boolean, IndexReader reader)
    {
        if (boolean.MinimumNumberShouldMatch != 0)
            return boolean;
        var kept = new List<BooleanClause>(boolean.Clauses.Count);
        var changed = false;
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur == Occur.SHOULD && clause.Query is TermQuery term && reader.DocFreq(term.Term) == 0)
            {
                changed = true;
                continue;
            }
            var inner = Prune(clause.Query, reader);
            changed |= !ReferenceEquals(inner, clause.Query);
            kept.Add(ReferenceEquals(inner, clause.Query) ? clause : new BooleanClause(inner, clause.Occur));
        }
        // A boolean of nothing but prohibitions (or of nothing) would match differently: leave such a query as it was.
        if (!changed || !kept.Exists(c => c.Occur != Occur.MUST_NOT))
            return boolean;
        var pruned = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        foreach (var clause in kept)
            pruned.Add(clause);
        return pruned;
    }
}
