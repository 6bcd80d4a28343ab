using Lucene.Net.Index;

namespace Archive.Core.Search;

/// <summary>
/// Lucene's <see cref="TermContext.Build"/> for many terms at once, with one terms enumerator per segment and field
/// instead of one per term per segment. Each enumerator allocates its frames and clones its file input; for the
/// article page's related articles (some 35 terms over a score of segments) those allocations, and the collections
/// they caused under load, were most of the query's setup. The contexts are the ones Build makes, so a query scores
/// exactly as it would with the plain term.
/// </summary>
internal static class TermContexts
{
    public static TermContext[] Build(IndexReader reader, IReadOnlyList<Term> terms)
    {
        var top = reader.Context;
        var contexts = new TermContext[terms.Count];
        for (var i = 0; i < terms.Count; i++)
            contexts[i] = new TermContext(top);
        if (terms.Count == 0)
            return contexts;
        // Sorted by field, then term, so one enumerator seeks forward through each field's dictionary.
        var order = Enumerable.Range(0, terms.Count).OrderBy(i => terms[i]).ToArray();
        foreach (var leaf in top.Leaves)
        {
            var fields = leaf.AtomicReader.Fields;
            if (fields is null)
                continue;
            string? field = null;
            TermsEnum? enumerator = null;
            foreach (var i in order)
            {
                var term = terms[i];
                if (!string.Equals(term.Field, field, StringComparison.Ordinal))
                {
                    field = term.Field;
                    enumerator = fields.GetTerms(field)?.GetEnumerator();
                }
                if (enumerator is not null && enumerator.SeekExact(term.Bytes))
                    contexts[i].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        }
        return contexts;
    }
}
