using Archive.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

public sealed class ArchiveSearcherTests
{
    [Fact]
    public void Small_segments_scored_in_order_rank_as_lucene_ranks_them_out_of_order()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        var words = new[] { "cumbre", "tren", "misil", "acuerdo", "frontera", "puerto" };
        var random = new Random(5);
        using (var writer = new IndexWriter(directory, config))
        {
            // One segment above the in-order threshold, then several small ones, as catch-up leaves them.
            foreach (var size in new[] { ArchiveSearcher.InOrderBelowDocuments + 500, 40, 7, 300, 1 })
            {
                for (var i = 0; i < size; i++)
                {
                    var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 9)).Select(_ => words[random.Next(words.Length)]));
                    writer.AddDocument(new Document { new TextField("body", text, Field.Store.NO), new TextField("tag", words[random.Next(3)], Field.Store.NO) });
                }
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(5, reader.Leaves.Count);
        // Nested disjunctions with coordination and an exclusion, as related articles and expanded words make them.
        var inner = new BooleanQuery();
        foreach (var word in words.Take(4))
            inner.Add(new TermQuery(new Term("body", word)), Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true)
        {
            { inner, Occur.SHOULD },
            { new TermQuery(new Term("tag", "tren")) { Boost = 3 }, Occur.SHOULD },
            { new TermQuery(new Term("body", "puerto")), Occur.MUST_NOT },
        };

        var lucene = new IndexSearcher(reader).Search(query, 50);
        var archive = new ArchiveSearcher(reader).Top(query, 50);

        Assert.Equal(lucene.TotalHits, archive.TotalHits);
        Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), archive.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(lucene.ScoreDocs.Select(d => d.Score), archive.ScoreDocs.Select(d => d.Score));
    }
}
