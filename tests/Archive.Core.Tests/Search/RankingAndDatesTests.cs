using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class RankingAndDatesTests : IAsyncLifetime
{
    private static readonly DateTime _june = new(2024, 6, 15, 10, 0, 0, DateTimeKind.Utc);
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

    private SearchResult Search(string query) => _search.Search(new SearchRequest { Query = query });

    private int[] Ranked(string query) => [.. Search(query).Items.Select(i => i.Id)];

    [Fact]
    public async Task Words_standing_together_outrank_a_shorter_article_holding_them_apart()
    {
        var together = await _archive.AddAsync("Crónica",
            "Durante la larga jornada de ayer en la capital, el ministro anunció un acuerdo de pesca con Noruega que entrará en vigor el próximo año, "
            + "según explicaron después varios portavoces del gobierno ante la prensa reunida en el palacio.");
        var scattered = await _archive.AddAsync("Breve", "Noruega, pesca de altura. El ministro, ayer. Un acuerdo anunció.");
        await _archive.CatchUpAsync(_index);

        Assert.Equal([together.Id, scattered.Id], Ranked("ministro anunció un acuerdo de pesca"));
        // Proximity only adds to the score: the scattered article is still found.
        Assert.Equal(2, Search("ministro anunció un acuerdo de pesca").Total);
    }

    [Fact]
    public async Task A_near_phrase_finds_words_within_the_distance_only()
    {
        var near = await _archive.AddAsync("Cumbre", "Kim recibió ayer a Putin en Pyongyang.");
        await _archive.AddAsync("Otra", "Kim habló de muchas cosas durante horas antes de que llegara por fin Putin.");
        await _archive.CatchUpAsync(_index);

        Assert.Equal([near.Id], Ranked("\"kim putin\"~4"));
        Assert.Equal(0, Search("\"kim putin\"").Total);
        Assert.Equal(2, Search("\"kim putin\"~20").Total);
    }

    [Fact]
    public async Task A_word_with_a_tilde_finds_it_with_one_or_two_typos()
    {
        var article = await _archive.AddAsync("Visita", "Putin llegó a Pyongyang.");
        await _archive.CatchUpAsync(_index);

        Assert.Equal(0, Search("pyongyan").Total);
        Assert.Equal([article.Id], Ranked("pyongyan~"));
        Assert.Equal([article.Id], Ranked("pionyang~2"));
        Assert.Equal(0, Search("pionyang~1").Total);
        Assert.Contains("<mark>Pyongyang</mark>", Search("pyongyan~").Items[0].Snippet);
    }

    [Fact]
    public async Task Byline_matches_the_author_not_the_text()
    {
        var byAna = await _archive.AddAsync(new ArticleSpec("Cumbre", ["Kim y Putin."]) { Byline = "Ana Pérez" });
        await _archive.AddAsync(new ArticleSpec("Perez gana", ["El alcalde Pérez ganó."]) { Byline = "Juan Gómez" });
        await _archive.CatchUpAsync(_index);

        Assert.Equal([byAna.Id], Ranked("byline:perez"));
        Assert.Equal([byAna.Id], Ranked("byline:\"ana pérez\""));
        Assert.Equal(0, Search("byline:alcalde").Total);
        // Without byline: only the text and title count.
        Assert.Equal(1, Search("perez").Total);
    }

    [Fact]
    public async Task Accented_and_unaccented_words_find_the_same_articles_and_plurals_meet_singulars()
    {
        await _archive.AddManyAsync([
            new ArticleSpec("Uno", ["La información llegó tarde."]),
            new ArticleSpec("Dos", ["Sin informacion no hay limitaciones."]),
            new ArticleSpec("Tres", ["Una limitación y un pacto."]),
            new ArticleSpec("Cuatro", ["Los pactos con Rusia."]),
            new ArticleSpec("Cinco", ["El embajador ruso."]),
        ]);
        await _archive.CatchUpAsync(_index);

        Assert.Equal(2, Search("información").Total);
        Assert.Equal(2, Search("INFORMACION").Total);
        Assert.Equal(2, Search("limitacion").Total);
        Assert.Equal(2, Search("limitaciones").Total);
        Assert.Equal(2, Search("pacto").Total);
        Assert.Equal(1, Search("rusia").Total);
        Assert.Equal(1, Search("RUSÍA").Total);
    }

    private async Task<(int June, int May2023, int Undated)> AddDatedAsync()
    {
        var articles = await _archive.AddManyAsync([
            new ArticleSpec("Junio", ["Kim en junio."]) { PublishedAt = _june },
            new ArticleSpec("Mayo", ["Kim en mayo."]) { PublishedAt = new DateTime(2023, 5, 2, 0, 0, 0, DateTimeKind.Utc) },
            new ArticleSpec("Sin fecha", ["Kim sin fecha."]) { ImportedAt = new DateTime(2024, 6, 20, 0, 0, 0, DateTimeKind.Utc) },
        ]);
        await _archive.CatchUpAsync(_index);
        return (articles[0].Id, articles[1].Id, articles[2].Id);
    }

    [Fact]
    public async Task From_and_to_filter_on_the_published_date_and_leave_undated_articles_out()
    {
        var (june, _, undated) = await AddDatedAsync();

        var published = _search.Search(new SearchRequest { Query = "kim", From = new DateOnly(2024, 6, 1), To = new DateOnly(2024, 6, 30) });
        var fallback = _search.Search(new SearchRequest
        {
            Query = "kim", From = new DateOnly(2024, 6, 1), To = new DateOnly(2024, 6, 30), DateBasis = SearchDateBasis.PublishedOrImported,
        });

        Assert.Equal([june], published.Items.Select(i => i.Id));
        Assert.Equal(new[] { june, undated }.Order(), fallback.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task The_query_language_date_range_takes_open_ends()
    {
        var (june, may, undated) = await AddDatedAsync();

        Assert.Equal([june], Ranked("kim date:2024-06-01..2024-06-30"));
        Assert.Equal([june], Ranked("kim date:2024-01-01.."));
        Assert.Equal([may], Ranked("kim date:..2023-12-31"));
        // Leaving 2024 out keeps the article that has no published date at all.
        Assert.Equal([undated, may], Ranked("kim -date:2024"));
        Assert.Equal(2, _search.Search(new SearchRequest { Query = "date:2024", DateBasis = SearchDateBasis.PublishedOrImported }).Total);
    }

    [Fact]
    public async Task The_date_facet_counts_years_and_months_of_every_hit()
    {
        await AddDatedAsync();

        var published = _search.Search(new SearchRequest { Query = "kim", PageSize = 1 });
        var any = _search.Search(new SearchRequest { Query = "kim", PageSize = 1, DateBasis = SearchDateBasis.PublishedOrImported });

        Assert.Equal([new FacetValue("2024", 1), new FacetValue("2023", 1)], published.Facets.Year);
        Assert.Equal([new FacetValue("2024-06", 1), new FacetValue("2023-05", 1)], published.Facets.Month);
        Assert.Equal([new FacetValue("2024", 2), new FacetValue("2023", 1)], any.Facets.Year);
        Assert.Equal([new FacetValue("2024-06", 2), new FacetValue("2023-05", 1)], any.Facets.Month);
    }

    [Fact]
    public async Task Sorting_by_date_uses_the_published_date_and_the_import_date_where_there_is_none()
    {
        var (june, may, undated) = await AddDatedAsync();

        var result = _search.Search(new SearchRequest { Query = "kim", Sort = SearchSort.Date });

        Assert.Equal([undated, june, may], result.Items.Select(i => i.Id));
        Assert.True(result.Items[0].IsImportDate);
        Assert.False(result.Items[1].IsImportDate);
        Assert.Equal(_june, result.Items[1].Date);
    }
}
