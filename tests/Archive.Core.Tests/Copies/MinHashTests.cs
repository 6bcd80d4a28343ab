using Archive.Core.Copies;
using Archive.Testing;

namespace Archive.Core.Tests.Copies;

public sealed class MinHashTests
{
    private static double Similarity(StoryText a, StoryText b) =>
        MinHash.Similarity(MinHash.Compute(a.Paragraphs)!, MinHash.Compute(b.Paragraphs)!);

    [Fact]
    public void A_text_is_fully_similar_to_itself_and_the_signature_is_stable()
    {
        var signature = MinHash.Compute(WireStories.Summit.Paragraphs)!;

        Assert.Equal(MinHash.HashCount, signature.Length);
        Assert.Equal(1.0, MinHash.Similarity(signature, signature));
        Assert.Equal(signature, MinHash.Compute(WireStories.Summit.Paragraphs));
        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
    }

    [Fact]
    public void Similarity_is_symmetric_and_between_zero_and_one()
    {
        var a = MinHash.Compute(WireStories.Summit.Paragraphs)!;
        var b = MinHash.Compute(WireStories.Storm.Paragraphs)!;

        Assert.Equal(MinHash.Similarity(a, b), MinHash.Similarity(b, a));
        Assert.InRange(MinHash.Similarity(a, b), 0.0, 0.05);
    }

    [Fact]
    public void Case_accents_punctuation_and_paragraph_breaks_do_not_change_the_signature()
    {
        var flat = new[] { string.Join(" ", WireStories.Summit.Paragraphs) };
        var shouted = WireStories.Summit.Paragraphs.Select(p => p.ToUpperInvariant().Replace("á", "a", StringComparison.OrdinalIgnoreCase)).ToArray();
        var original = MinHash.Compute(WireStories.Summit.Paragraphs)!;

        Assert.Equal(original, MinHash.Compute(flat));
        Assert.Equal(original, MinHash.Compute(shouted));
        Assert.Equal(original, MinHash.Compute(WireStories.Summit.Paragraphs.Select(p => p.Replace(",", " ,", StringComparison.Ordinal))));
    }

    [Fact]
    public void Word_order_matters_so_the_same_words_in_other_sentences_are_not_a_copy()
    {
        var words = string.Join(" ", WireStories.Summit.Paragraphs).Split(' ');
        var shuffled = words.OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();

        Assert.True(MinHash.Similarity(MinHash.Compute(WireStories.Summit.Paragraphs)!, MinHash.Compute([string.Join(" ", shuffled)])!) < 0.1);
    }

    [Fact]
    public void The_estimate_tracks_the_share_of_shingles_two_texts_have_in_common()
    {
        // Half the text kept: about a third of the union's shingles are shared (Jaccard 1/3 minus the seam).
        var paragraphs = WireStories.Summit.Paragraphs.Concat(WireStories.Storm.Paragraphs).ToList();
        var half = WireStories.Summit.Paragraphs.ToList();

        Assert.InRange(MinHash.Similarity(MinHash.Compute(paragraphs)!, MinHash.Compute(half)!), 0.35, 0.75);
    }

    [Fact]
    public void Text_without_words_has_no_signature_and_a_few_words_still_have_one()
    {
        Assert.Null(MinHash.Compute(["", " — ", "..."]));
        Assert.NotNull(MinHash.Compute(["Dos palabras"]));
    }

    [Theory]
    [InlineData(CopyVariant.Rewrapped)]
    [InlineData(CopyVariant.PromoLine)]
    [InlineData(CopyVariant.SentenceCut)]
    [InlineData(CopyVariant.ParagraphsResplit)]
    [InlineData(CopyVariant.LightEdits)]
    [InlineData(CopyVariant.Combined)]
    public void Every_kind_of_republished_copy_stays_above_the_threshold(CopyVariant variant)
    {
        var copy = CopyVariants.Make(WireStories.Summit, variant, new Random(7));

        Assert.True(Similarity(WireStories.Summit, copy) >= MinHash.CopyThreshold, $"{variant}: {Similarity(WireStories.Summit, copy)}");
    }

    [Fact]
    public void A_distinct_story_on_the_same_subject_stays_far_below_the_threshold()
    {
        Assert.True(Similarity(WireStories.Summit, WireStories.SummitElsewhere) < 0.1);
    }

    [Fact]
    public void Band_keys_are_one_per_band_and_equal_signatures_share_all_of_them()
    {
        var a = MinHash.Compute(WireStories.Summit.Paragraphs)!;
        var b = MinHash.Compute(CopyVariants.Make(WireStories.Summit, CopyVariant.ParagraphsResplit, new Random(1)).Paragraphs)!;
        var other = MinHash.Compute(WireStories.Storm.Paragraphs)!;

        Assert.Equal(MinHash.Bands, MinHash.BandKeys(a).Distinct().Count());
        Assert.Equal(MinHash.BandKeys(a), MinHash.BandKeys(b));
        Assert.Empty(MinHash.BandKeys(a).Intersect(MinHash.BandKeys(other)));
    }
}
