using Archive.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

public sealed class AbsentTermsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public AbsentTermsTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = new BM25Similarity() };
        var words = new[] { "cumbre", "tren", "misil", "acuerdo", "frontera" };
        var random = new Random(11);
        using (var writer = new IndexWriter(_directory, config))
        {
            // Above the in-order threshold, so the out-of-order (bucket) scorer is the one Lucene would pick.
            for (var i = 0; i < ArchiveSearcher.InOrderBelowDocuments + 300; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)]));
                writer.AddDocument(new Document { new TextField("body", text, Field.Store.NO), new StringField("tag", words[random.Next(2)], Field.Store.NO) });
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void A_group_of_words_or_a_label_nobody_carries_ranks_and_scores_as_lucene_does_without_the_label()
    {
        var group = new BooleanQuery
        {
            { new TermQuery(new Term("body", "cumbre")), Occur.MUST },
            { new TermQuery(new Term("body", "tren")), Occur.MUST },
        };
        var query = new BooleanQuery
        {
            { group, Occur.SHOULD },
            { new TermQuery(new Term("tag", "cumbre tren")), Occur.SHOULD },
        };

        var pruned = AbsentTerms.Prune(query, _reader);
        var lucene = Lucene().Search(query, 100);
        var archive = Archive().Top(query, 100);

        Assert.Single(Assert.IsType<BooleanQuery>(pruned).Clauses);
        Assert.True(lucene.TotalHits > 100);
        Assert.Equal(lucene.TotalHits, archive.TotalHits);
        Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), archive.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(lucene.ScoreDocs.Select(d => d.Score), archive.ScoreDocs.Select(d => d.Score));
    }

    [Fact]
    public void Terms_the_index_holds_required_terms_and_nested_absent_ones_are_handled_each_as_it_should_be()
    {
        var present = new TermQuery(new Term("tag", "tren"));
        var absentRequired = new TermQuery(new Term("body", "nunca"));
        var nested = new BooleanQuery
        {
            { new TermQuery(new Term("body", "misil")), Occur.SHOULD },
            { new TermQuery(new Term("tag", "nunca")), Occur.SHOULD },
        };
        var query = new BooleanQuery
        {
            { nested, Occur.MUST },
            { present, Occur.SHOULD },
            { absentRequired, Occur.MUST_NOT },
        };

        var pruned = Assert.IsType<BooleanQuery>(AbsentTerms.Prune(query, _reader));

        // The present optional term and the prohibition stay; inside the required group only the absent term goes.
        Assert.Equal(3, pruned.Clauses.Count);
        Assert.Same(present, pruned.Clauses[1].Query);
        Assert.Same(absentRequired, pruned.Clauses[2].Query);
        Assert.Single(Assert.IsType<BooleanQuery>(pruned.Clauses[0].Query).Clauses);
        var lucene = Lucene().Search(query, 20);
        var archive = Archive().Top(query, 20);
        Assert.Equal(lucene.ScoreDocs.Select(d => (d.Doc, d.Score)), archive.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void A_query_of_only_absent_alternatives_or_of_prohibitions_is_left_as_it_is()
    {
        var onlyAbsent = new BooleanQuery
        {
            { new TermQuery(new Term("tag", "nunca")), Occur.SHOULD },
            { new TermQuery(new Term("tag", "jamas")), Occur.SHOULD },
        };
        var absentBesideProhibition = new BooleanQuery
        {
            { new TermQuery(new Term("tag", "nunca")), Occur.SHOULD },
            { new TermQuery(new Term("body", "tren")), Occur.MUST_NOT },
        };

        Assert.Same(onlyAbsent, AbsentTerms.Prune(onlyAbsent, _reader));
        Assert.Same(absentBesideProhibition, AbsentTerms.Prune(absentBesideProhibition, _reader));
        Assert.Equal(0, Archive().Top(onlyAbsent, 10).TotalHits);
    }

    // As the index's searchers are made: BM25, under which a clause that matches nothing adds nothing to a score.
    private IndexSearcher Lucene() => new(_reader) { Similarity = new BM25Similarity() };

    private ArchiveSearcher Archive() => new(_reader) { Similarity = new BM25Similarity() };

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
