using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>Timeline buckets, top-word scoring and the stems doc values, on a real index.</summary>
public sealed class AttentionTests
{
    private static SortedDictionary<int, int> Days(params (int Year, int Month, int Day, int Count)[] days) =>
        new(days.ToDictionary(d => new DateOnly(d.Year, d.Month, d.Day).DayNumber, d => d.Count));

    [Theory]
    [InlineData(91, TimelineInterval.Day)]
    [InlineData(92, TimelineInterval.Week)]
    [InlineData(731, TimelineInterval.Week)]
    [InlineData(732, TimelineInterval.Month)]
    public void Auto_picks_days_up_to_92_days_weeks_up_to_two_years_then_months(int lastOffset, TimelineInterval expected)
    {
        var first = new DateOnly(2024, 1, 1);
        var days = new SortedDictionary<int, int> { [first.DayNumber] = 1, [first.AddDays(lastOffset).DayNumber] = 1 };

        Assert.Equal(expected, TimelineBuckets.From(days, TimelineInterval.Auto).Interval);
    }

    [Fact]
    public void Weeks_start_on_the_iso_monday_even_across_a_year_end()
    {
        // Sunday 31 Dec 2023 belongs to the week of Monday 25 Dec; Monday 1 Jan 2024 starts ISO week 1.
        var timeline = TimelineBuckets.From(Days((2023, 12, 31, 2), (2024, 1, 1, 3), (2024, 1, 21, 1)), TimelineInterval.Week);

        Assert.Equal(
            [new(new DateOnly(2023, 12, 25), 2), new(new DateOnly(2024, 1, 1), 3), new(new DateOnly(2024, 1, 8), 0), new TimelineBucket(new DateOnly(2024, 1, 15), 1)],
            timeline.Buckets);
        Assert.Equal(new DateOnly(2023, 12, 31), timeline.End(new DateOnly(2023, 12, 25)));
    }

    [Fact]
    public void A_date_at_the_end_of_the_calendar_is_a_bucket_like_any_other()
    {
        var months = TimelineBuckets.From(Days((9999, 11, 3, 1), (9999, 12, 31, 4)), TimelineInterval.Month);
        var days = TimelineBuckets.From(Days((9999, 12, 30, 1), (9999, 12, 31, 4)), TimelineInterval.Day);

        Assert.Equal([1, 4], months.Buckets.Select(b => b.Count));
        Assert.Equal([1, 4], days.Buckets.Select(b => b.Count));
    }

    [Fact]
    public void More_buckets_than_the_limit_are_refused_rather_than_built()
    {
        var timeline = TimelineBuckets.From(Days((1990, 1, 1, 1), (2024, 1, 1, 1)), TimelineInterval.Day);

        Assert.True(timeline.TooManyBuckets);
        Assert.Empty(timeline.Buckets);
        Assert.False(TimelineBuckets.From(Days((1990, 1, 1, 1), (2024, 1, 1, 1)), TimelineInterval.Month).TooManyBuckets);
    }

    [Fact]
    public void Log_likelihood_is_zero_for_equal_rates_and_grows_with_the_difference()
    {
        Assert.Equal(0, TopWordScorer.LogLikelihood(10, 100, 100, 1000), 9);
        Assert.True(TopWordScorer.LogLikelihood(50, 100, 100, 1000) > TopWordScorer.LogLikelihood(20, 100, 100, 1000));
        Assert.True(TopWordScorer.LogLikelihood(20, 100, 0, 1000) > TopWordScorer.LogLikelihood(20, 100, 100, 1000));
    }

    [Fact]
    public void The_stems_doc_values_hold_exactly_the_stemmed_body_terms_with_their_commonest_form()
    {
        string[] paragraphs = ["Las naciones y la nación: una nación, la Nación.", "El 2024, la ONU y las limitaciones del acuerdo."];

        var values = ArticleWords.DocValues(paragraphs, ArchiveAnalyzers.Spanish).ToList();

        var stems = values.Select(v => v.Split(SearchFields.WordSeparator)[0]).ToHashSet();
        var bodyTerms = paragraphs.SelectMany(p => ArchiveAnalyzers.Terms(ArchiveAnalyzers.Spanish, p)).Select(t => t.Term)
            .Where(t => t.Length >= 2 && t.Any(char.IsLetter)).ToHashSet();
        Assert.Subset(bodyTerms, stems);
        Assert.Contains("nacion" + SearchFields.WordSeparator + "nación", values);
        Assert.Contains("limitacion" + SearchFields.WordSeparator + "limitaciones", values);
        Assert.DoesNotContain(values, v => v.StartsWith("2024", StringComparison.Ordinal) || v.StartsWith("la" + SearchFields.WordSeparator, StringComparison.Ordinal));
        Assert.Equal(values.Count, stems.Count);
    }

    [Fact]
    public async Task Counts_add_up_across_segments_and_follow_the_index_as_it_grows()
    {
        await using var archive = await SearchArchive.CreateAsync();
        using var index = await archive.OpenReadyIndexAsync();
        var search = new ArticleSearch(index);
        // Two catch-ups, two segments: the sample and the archive counts must be summed over both.
        await archive.AddManyAsync(Enumerable.Range(0, 6).Select(i => new ArticleSpec($"Primera {i}", [$"El qwsegtema y el qwsegrasgo del día {i}."])));
        await archive.CatchUpAsync(index);
        await archive.AddManyAsync(Enumerable.Range(0, 6).Select(i => new ArticleSpec($"Segunda {i}", [$"El qwsegtema y el qwsegrasgo, otra vez {i}."])));
        await archive.AddManyAsync(Enumerable.Range(0, 20).Select(i => new ArticleSpec($"Otra {i}", [$"Nada del qwsegrasgo aquí {i}."])));
        await archive.CatchUpAsync(index);

        var words = search.TopWords(new SearchRequest { Query = "qwsegtema" });

        Assert.Equal(12, words.SampleSize);
        Assert.True(words.WholeResultSet);
        var top = words.Words[0];
        Assert.Equal("qwsegtema", top.Word);
        Assert.Equal(12, top.Count);
        Assert.Equal(12, top.ArchiveCount);
        // Every article of the archive says qwsegrasgo: the sample uses it no more than the rest, so it is no top word.
        Assert.DoesNotContain(words.Words, w => w.Word == "qwsegrasgo");

        await archive.AddManyAsync(Enumerable.Range(0, 3).Select(i => new ArticleSpec($"Tercera {i}", [$"El qwsegtema vuelve {i}."])));
        await archive.CatchUpAsync(index);
        var grown = search.TopWords(new SearchRequest { Query = "qwsegtema" });

        Assert.Equal(15, grown.SampleSize);
        Assert.Equal(15, grown.Words.Single(w => w.Word == "qwsegtema").ArchiveCount);
    }

    [Fact]
    public async Task The_timeline_counts_every_hit_on_its_published_day_and_the_rest_as_undated()
    {
        await using var archive = await SearchArchive.CreateAsync();
        using var index = await archive.OpenReadyIndexAsync();
        var june = new DateTime(2024, 6, 3, 23, 59, 0, DateTimeKind.Utc);
        await archive.AddManyAsync([
            new ArticleSpec("Uno", ["El qwtldia."]) { PublishedAt = june },
            new ArticleSpec("Dos", ["El qwtldia."]) { PublishedAt = june.AddMinutes(2) },
            new ArticleSpec("Tres", ["El qwtldia."]) { PublishedAt = june.AddDays(2) },
            new ArticleSpec("Cuatro", ["El qwtldia."]),
        ]);
        await archive.CatchUpAsync(index);

        var timeline = new ArticleSearch(index).Timeline(new SearchRequest { Query = "qwtldia" }, TimelineInterval.Day);

        // 23:59 on the 3rd and two minutes later are two days.
        Assert.Equal([1, 1, 1], timeline.Buckets.Select(b => b.Count));
        Assert.Equal(new DateOnly(2024, 6, 3), timeline.Buckets[0].Start);
        Assert.Equal(1, timeline.Undated);
        Assert.Equal(4, timeline.Total);
    }
}
