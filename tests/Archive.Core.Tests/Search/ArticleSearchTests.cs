using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class ArticleSearchTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;
    private SearchIndex _index = null!;
    private ArticleSearch _search = null!;

    public async Task InitializeAsync()
    {
        _archive = await SearchArchive.CreateAsync();
        _index = await _archive.OpenReadyIndexAsync();
        _search = new ArticleSearch(_index);
    }

    public async Task DisposeAsync()
    {
        _index.Dispose();
        await _archive.DisposeAsync();
    }

    private async Task<(int Summit, int Limousine)> AddSeedsAsync()
    {
        var seeds = await _archive.AddManyAsync(SearchArchive.Seeds());
        await _archive.CatchUpAsync(_index);
        return (seeds[0].Id, seeds[1].Id);
    }

    private SearchResult Search(string query) => _search.Search(new SearchRequest { Query = query });

    private int[] Ids(string query) => Search(query).Items.Select(i => i.Id).Order().ToArray();

    [Fact]
    public async Task The_seed_articles_are_found_by_words_phrases_stems_alternatives_and_prefixes()
    {
        var (summit, limousine) = await AddSeedsAsync();
        int[] both = [summit, limousine];

        Assert.Equal(both, Ids("corea del norte"));
        Assert.Equal(both, Ids("\"Corea del Norte\""));
        Assert.Equal(both, Ids("pactos"));
        Assert.Equal(both, Ids("putin OR kim"));
        Assert.Equal([summit], Ids("sovi*"));
        Assert.Equal([limousine], Ids("Pyongyang"));
        Assert.Equal([summit], Ids("firmaron \"ayuda mutua\""));
    }

    [Fact]
    public async Task Excluding_a_word_drops_the_articles_that_use_it()
    {
        var (summit, limousine) = await AddSeedsAsync();
        var other = await _archive.AddAsync("Rusia y China", "Rusia amplía su comercio con China.");
        await _archive.CatchUpAsync(_index);

        // Both seeds mention Ucrania, so only the third article is left.
        Assert.Equal([other.Id], Ids("rusia -ucrania"));
        Assert.Equal([summit, limousine], Ids("rusia ucrania"));
        Assert.Equal([other.Id], Ids("-ucrania"));
    }

    [Fact]
    public async Task Case_and_accents_do_not_change_what_is_found()
    {
        await AddSeedsAsync();

        var totals = new[] { "Rusia", "rusia", "RUSIA", "Rusía", "rusía" }.Select(q => Search(q).Total).ToList();

        Assert.All(totals, t => Assert.Equal(2, t));
        Assert.Equal(1, Search("SOVIETICA").Total);
        Assert.Equal(1, Search("\"union sovietica\"").Total);
    }

    [Fact]
    public async Task A_phrase_needs_its_words_in_order()
    {
        await AddSeedsAsync();

        Assert.Equal(0, Search("\"norte del corea\"").Total);
        Assert.Equal(1, Search("\"limusina rusa\"").Total);
    }

    [Fact]
    public async Task One_box_serves_spanish_and_english_stems()
    {
        await AddSeedsAsync();
        var english = await _archive.AddAsync(new ArticleSpec("Summit offering", ["North Korea made an offering of dogs."]) { Language = "en" });
        await _archive.CatchUpAsync(_index);

        Assert.Equal([english.Id], Ids("offerings"));
        Assert.Equal(2, Search("firmaron").Total);
        Assert.Equal("en", Search("offerings").Items[0].Language);
    }

    [Fact]
    public async Task Filters_in_the_query_and_in_the_request_combine()
    {
        await AddSeedsAsync();
        await _archive.AddAsync(new ArticleSpec("Putin in Pyongyang", ["Putin visited Pyongyang."]) { Language = "en", Outlet = "CNN" });
        await _archive.CatchUpAsync(_index);

        Assert.Equal(3, Search("putin").Total);
        Assert.Equal(2, Search("putin lang:es").Total);
        Assert.Equal(2, Search("putin outlet:\"fox news\"").Total);
        Assert.Equal(1, Search("putin -outlet:fox-news").Total);
        Assert.Equal(1, _search.Search(new SearchRequest { Query = "pyongyang", Languages = ["en"] }).Total);
        Assert.Equal(3, _search.Search(new SearchRequest { Query = "putin", Outlets = ["Fox News", "cnn"] }).Total);
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "putin", Languages = ["en"], Outlets = ["Fox News"] }).Total);
    }

    [Fact]
    public async Task A_title_match_outranks_a_body_match()
    {
        var inBody = await _archive.AddAsync("Noticias del día", "Hoy se habló de la limusina y de otras cosas.");
        var inTitle = await _archive.AddAsync("La limusina", "Hoy se habló de un coche y de otras cosas.");
        await _archive.CatchUpAsync(_index);

        Assert.Equal([inTitle.Id, inBody.Id], Search("limusina").Items.Select(i => i.Id));
        Assert.Equal([inTitle.Id], Search("title:limusina").Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Equal_scores_put_the_newest_first()
    {
        var older = await _archive.AddAsync(new ArticleSpec("Cumbre", ["Kim y Putin."]) { PublishedAt = new DateTime(2024, 6, 19, 0, 0, 0, DateTimeKind.Utc) });
        var newer = await _archive.AddAsync(new ArticleSpec("Cumbre", ["Kim y Putin."]) { PublishedAt = new DateTime(2024, 6, 20, 0, 0, 0, DateTimeKind.Utc) });
        await _archive.CatchUpAsync(_index);

        Assert.Equal([newer.Id, older.Id], Search("kim").Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Hits_carry_what_a_result_line_needs()
    {
        var (summit, _) = await AddSeedsAsync();

        var hit = Search("sovi*").Items.Single();

        Assert.Equal(summit, hit.Id);
        Assert.Equal("article-1", hit.Slug);
        Assert.Equal("es", hit.Language);
        Assert.Equal("Fox News", hit.Outlet);
        Assert.True(hit.WordCount > 300);
        Assert.Equal(DateTimeKind.Utc, hit.ImportedAt.Kind);
        Assert.NotNull(hit.Score);
        Assert.Contains("<mark>Soviética</mark>", hit.Snippet);
        Assert.True(hit.Snippet.Length < 300);
    }

    [Fact]
    public async Task A_blank_query_lists_everything_newest_first_and_typed_nonsense_lists_nothing()
    {
        await AddSeedsAsync();

        var all = _search.Search(new SearchRequest { Query = "  ", Sort = SearchSort.Date });
        var nonsense = Search("()");

        Assert.Equal(2, all.Total);
        Assert.True(all.Items[0].ImportedAt > all.Items[1].ImportedAt);
        Assert.Equal(0, nonsense.Total);
        Assert.True(nonsense.Query.IsEmpty);
        Assert.Equal([SearchWarning.EmptyGroup], nonsense.Warnings);
    }

    /// <summary>Each malformed query with what it must find, the reading it is shown as, and the warning it gets.</summary>
    public static TheoryData<string, int, string, SearchWarning?> MalformedQueries() => new()
    {
        { "\"corea del", 2, "\"corea del\"", SearchWarning.UnbalancedQuote },
        { "AND", 0, "", SearchWarning.DanglingOperator },
        { "OR OR", 0, "", SearchWarning.DanglingOperator },
        { "*", 0, "", SearchWarning.PrefixTooShort },
        { "-", 0, "", SearchWarning.DanglingOperator },
        { "()", 0, "", SearchWarning.EmptyGroup },
        { "title:", 0, "", SearchWarning.MissingFieldValue },
        { "kim\0putin", 2, "kim putin", null },
        { "((((((((((((kim", 2, "kim", SearchWarning.TooDeeplyNested },
        { "lang:", 0, "", SearchWarning.MissingFieldValue },
        { "title:\"\"", 0, "", SearchWarning.EmptyGroup },
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Malformed_queries_get_an_answer_not_an_exception(string query, int total, string reading, SearchWarning? warning)
    {
        await AddSeedsAsync();

        var result = Search(query);

        Assert.Equal(total, result.Total);
        Assert.Equal(total, result.Items.Count);
        Assert.Equal(reading, result.Query.Normalized);
        if (warning is { } expected)
            Assert.Contains(expected, result.Warnings);
        else
            Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Punctuation_and_huge_queries_get_an_answer_with_warnings()
    {
        await AddSeedsAsync();

        var punctuation = Search(string.Concat(Enumerable.Repeat("!?¿¡.,;:-_()[]{}", 125)));
        var huge = Search(string.Join(' ', Enumerable.Repeat("kim", 34_000)));

        Assert.Equal(0, punctuation.Total);
        Assert.Contains(SearchWarning.TooLong, punctuation.Warnings);
        Assert.Equal(2, huge.Total);
        Assert.Contains(SearchWarning.TooLong, huge.Warnings);
        Assert.Contains(SearchWarning.TooManyTerms, huge.Warnings);
    }

    [Fact]
    public async Task A_prefix_matching_a_hundred_thousand_words_is_answered()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"zz{i}"));
        // A language without a stemmer keeps the set-up to the exact fields; the prefix only searches those anyway.
        var crowded = await _archive.AddAsync(new ArticleSpec("Lista", [words]) { Language = "fr" });
        await _archive.AddAsync("Otra", "zz0 sola");
        await _archive.CatchUpAsync(_index);

        var result = Search("zz*");

        Assert.Equal(2, result.Total);
        Assert.Contains(crowded.Id, result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Facets_count_every_hit_not_just_the_page()
    {
        await _archive.AddManyAsync(
            Enumerable.Range(0, 12).Select(i => new ArticleSpec($"Nota {i}", ["Corea y Rusia."]) { Outlet = "El País" })
            .Concat(Enumerable.Range(0, 8).Select(i => new ArticleSpec($"Otra {i}", ["Corea del Sur."]) { Outlet = "Fox News" }))
            .Concat(Enumerable.Range(0, 10).Select(i => new ArticleSpec($"Korea {i}", ["Corea in English."]) { Language = "en", Outlet = "CNN" }))
            .Concat([new ArticleSpec("Sin medio", ["Corea sin medio."])])
            .Append(new ArticleSpec("Ajena", ["Nada que ver."]) { Outlet = "CNN" }));
        await _archive.CatchUpAsync(_index);

        var result = _search.Search(new SearchRequest { Query = "corea", PageSize = 5 });

        Assert.Equal(31, result.Total);
        Assert.Equal(5, result.Items.Count);
        Assert.Equal([new FacetValue("es", 21), new FacetValue("en", 10)], result.Facets.Language);
        Assert.Equal([new FacetValue("El País", 12), new FacetValue("CNN", 10), new FacetValue("Fox News", 8)], result.Facets.Outlet);
        Assert.Empty(result.Facets.Tag);

        var filtered = _search.Search(new SearchRequest { Query = "corea", Outlets = ["el-pais"] });
        Assert.Equal([new FacetValue("El País", 12)], filtered.Facets.Outlet);
    }

    [Fact]
    public void Facet_values_shared_by_several_segments_are_counted_as_one_value()
    {
        // One commit per article: each lands in a segment of its own, where each value has its own ordinal.
        string[][] tagsByArticle = [["rusia", "corea"], ["corea"], ["china", "rusia"], ["corea", "china"], ["japon"]];
        for (var i = 0; i < tagsByArticle.Length; i++)
        {
            _index.Add(Indexed(i + 1, $"Nota {i}", tagsByArticle[i]));
            _index.Commit();
        }

        var facets = _search.Search(new SearchRequest()).Facets;
        var refreshed = _search.Search(new SearchRequest { Tags = ["china"] }).Facets;

        // Largest first, ties in value order.
        Assert.Equal([new FacetValue("corea", 3), new FacetValue("china", 2), new FacetValue("rusia", 2), new FacetValue("japon", 1)], facets.Tag);
        Assert.Equal([new FacetValue("china", 2), new FacetValue("corea", 1), new FacetValue("rusia", 1)], refreshed.Tag);
    }

    [Fact]
    public void Tags_filter_and_are_counted_once_articles_carry_them()
    {
        _index.Add(Indexed(1, "Cumbre", ["corea-del-norte", "rusia"]));
        _index.Add(Indexed(2, "Visita", ["corea-del-norte"]));
        _index.Add(Indexed(3, "Otra", []));
        _index.Commit();

        var all = _search.Search(new SearchRequest());
        var tagged = _search.Search(new SearchRequest { Query = "tag:rusia" });
        var requested = _search.Search(new SearchRequest { Tags = ["Corea del Norte"] });

        Assert.Equal([new FacetValue("corea-del-norte", 2), new FacetValue("rusia", 1)], all.Facets.Tag);
        Assert.Equal([1], tagged.Items.Select(i => i.Id));
        Assert.Equal(2, requested.Total);
    }

    [Fact]
    public async Task A_misspelt_word_gets_a_corrected_query_when_nothing_is_found()
    {
        await AddSeedsAsync();

        var result = Search("Pyonyang");
        var twoWords = Search("kim Pyongyiang");

        Assert.Equal(0, result.Total);
        Assert.Equal(["pyongyang"], result.Suggestions);
        Assert.Equal(["kim pyongyang"], twoWords.Suggestions);
        Assert.Equal(1, Search(result.Suggestions[0]).Total);
        Assert.Empty(Search("kim").Suggestions);
        Assert.Empty(Search("xqzwv").Suggestions);
    }

    [Fact]
    public async Task An_invalid_cursor_is_reported_and_the_first_page_shown()
    {
        await AddSeedsAsync();

        var result = _search.Search(new SearchRequest { Query = "kim", Cursor = "not-a-cursor" });

        Assert.Equal([SearchWarning.InvalidCursor], result.Warnings);
        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public async Task Page_size_is_capped()
    {
        await AddSeedsAsync();

        var result = _search.Search(new SearchRequest { Query = "kim", PageSize = 10_000 });

        Assert.Equal(SearchRequest.MaxPageSize, result.PageSize);
    }

    private static IndexedArticle Indexed(int id, string title, string[] tags) => new()
    {
        Id = id,
        Slug = $"a-{id}",
        Title = title,
        Language = "es",
        Paragraphs = ["Texto."],
        ImportedAt = new DateTime(2024, 6, id, 0, 0, 0, DateTimeKind.Utc),
        Tags = tags.Select(slug => new IndexedTag(slug, slug, slug)).ToList(),
    };
}
