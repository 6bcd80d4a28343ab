using Archive.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

public sealed class TermContextsTests
{
    [Fact]
    public void Contexts_built_together_are_the_ones_lucene_builds_one_term_at_a_time()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Three segments; "tren" is in none of the second, "body:zeta" only in the last, and field "tag" only in the first.
            writer.AddDocument(Doc(("body", "tren cumbre cumbre"), ("tag", "corea")));
            writer.AddDocument(Doc(("body", "cumbre alfa")));
            writer.Commit();
            writer.AddDocument(Doc(("body", "alfa beta")));
            writer.Commit();
            writer.AddDocument(Doc(("body", "tren zeta tren")));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        // Out of order, across fields, with a term nobody has and a field no segment has.
        Term[] terms =
        [
            new("body", "zeta"), new("tag", "corea"), new("body", "tren"), new("body", "nadie"),
            new("body", "alfa"), new("ghost", "x"), new("body", "cumbre"),
        ];

        var together = TermContexts.Build(reader, terms);

        var searcher = new IndexSearcher(reader);
        for (var i = 0; i < terms.Length; i++)
        {
            var alone = TermContext.Build(reader.Context, terms[i]);
            Assert.Equal(alone.DocFreq, together[i].DocFreq);
            Assert.Equal(alone.TotalTermFreq, together[i].TotalTermFreq);
            foreach (var leaf in reader.Leaves)
                Assert.Equal(alone.Get(leaf.Ord) is null, together[i].Get(leaf.Ord) is null);
            var plain = searcher.Search(new TermQuery(terms[i]), 10).ScoreDocs;
            var withContext = searcher.Search(new TermQuery(terms[i], together[i]), 10).ScoreDocs;
            Assert.Equal(plain.Select(d => (d.Doc, d.Score)), withContext.Select(d => (d.Doc, d.Score)));
        }
        Assert.Equal(2, together[6].DocFreq);
        Assert.Equal(0, together[3].DocFreq);
    }

    private static Document Doc(params (string Field, string Text)[] fields)
    {
        var doc = new Document();
        foreach (var (field, text) in fields)
            doc.Add(new TextField(field, text, Field.Store.NO));
        return doc;
    }
}
