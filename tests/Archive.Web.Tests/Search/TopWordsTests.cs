using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Web.Tests.Search;

/// <summary>GET /api/search/words: a result set's characteristic words, scored against the archive, with the sample stated.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class TopWordsTests(ArchiveAppFactory app)
{
    /// <summary>
    /// 12 Spanish articles about <c>{prefix}tema</c>: each says <c>{prefix}comun</c> five times (so it is the
    /// sample's most frequent word), and <c>{prefix}nación</c> (9 of them) or <c>{prefix}naciones</c> (3) once.
    /// 60 others say <c>{prefix}comun</c> five times too, and never the others.
    /// </summary>
    private async Task AddAsync(string prefix)
    {
        var builders = new List<ArticleBuilder>();
        for (var i = 0; i < 12; i++)
        {
            var nation = i < 9 ? $"{prefix}nación" : $"{prefix}naciones";
            builders.Add(new ArticleBuilder().Titled($"Tema {i} {prefix}").InLanguage("es").WithParagraphs(
                $"El {prefix}tema de la {nation} y el {prefix}comun.",
                $"Del {prefix}comun, al {prefix}comun, por el {prefix}comun y con el {prefix}comun de los que."));
        }
        for (var i = 0; i < 60; i++)
        {
            builders.Add(new ArticleBuilder().Titled($"Otra {i} {prefix}").InLanguage("es").WithParagraphs(
                $"Otra nota del {prefix}comun: el {prefix}comun, un {prefix}comun, {prefix}comun y {prefix}comun."));
        }
        await app.AddArticlesAsync([.. builders]);
        await app.WaitForSearchIndexAsync();
    }

    [Fact]
    public async Task A_word_frequent_everywhere_does_not_win_against_one_only_the_results_use()
    {
        await AddAsync("qwpc");

        var answer = await WordsAsync("q=qwpctema");

        var words = answer.GetProperty("words").EnumerateArray().ToList();
        var first = words[0];
        Assert.Equal("qwpcnacion", first.GetProperty("stem").GetString());
        Assert.Equal(12, first.GetProperty("count").GetInt32());
        Assert.Equal(12, first.GetProperty("archiveCount").GetInt32());
        Assert.Equal("es", first.GetProperty("language").GetString());
        var common = words.SingleOrDefault(w => w.GetProperty("stem").GetString() == "qwpccomun");
        if (common.ValueKind != JsonValueKind.Undefined)
        {
            Assert.Equal(72, common.GetProperty("archiveCount").GetInt32());
            Assert.True(common.GetProperty("score").GetDouble() < first.GetProperty("score").GetDouble() / 2);
        }
    }

    [Fact]
    public async Task A_word_shows_in_the_form_written_most_often_and_stopwords_never_appear()
    {
        await AddAsync("qwfs");

        var answer = await WordsAsync("q=qwfstema");

        var texts = answer.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("text").GetString()).ToList();
        Assert.Contains("qwfsnación", texts);
        Assert.DoesNotContain("qwfsnaciones", texts);
        Assert.DoesNotContain("qwfsnacion", texts);
        Assert.All(new[] { "el", "de", "la", "del", "los", "que", "con", "por" }, stop => Assert.DoesNotContain(stop, texts));
    }

    [Fact]
    public async Task The_answer_says_whether_every_result_was_counted()
    {
        await AddAsync("qwmu");

        var few = await WordsAsync("q=qwmutema");

        Assert.Equal("all", few.GetProperty("sample").GetString());
        Assert.Equal(12, few.GetProperty("sampleSize").GetInt32());
        Assert.Equal(12, few.GetProperty("total").GetInt32());
        var everything = await WordsAsync("");
        var total = everything.GetProperty("total").GetInt32();
        Assert.Equal(Math.Min(total, Archive.Core.Search.ArticleSearch.TopWordsSample), everything.GetProperty("sampleSize").GetInt32());
        Assert.Equal(total > Archive.Core.Search.ArticleSearch.TopWordsSample ? "top" : "all", everything.GetProperty("sample").GetString());
    }

    [Fact]
    public async Task Filters_narrow_the_words_and_count_limits_them()
    {
        await AddAsync("qwfl");

        var english = await WordsAsync("q=qwfltema&lang=en");
        var two = await WordsAsync("q=qwfltema&count=2");

        Assert.Equal(0, english.GetProperty("total").GetInt32());
        Assert.Empty(english.GetProperty("words").EnumerateArray());
        Assert.Equal(2, two.GetProperty("words").GetArrayLength());
    }

    [Theory]
    [InlineData("es", "count=0", "count debe ser un número entero de 1 a 100.")]
    [InlineData("en", "count=mil", "count must be a whole number from 1 to 100.")]
    [InlineData("en", "lang=es&from=2024-13", "from must be a date written yyyy-MM-dd (or yyyy-MM, yyyy).")]
    public async Task Bad_parameters_answer_400_in_the_readers_language(string language, string parameters, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search/words?q=kim&{parameters}");
        request.Headers.Add("Accept-Language", language);
        using var response = await app.CreateClient().SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, body.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString()));
    }

    private async Task<JsonElement> WordsAsync(string query)
    {
        using var response = await app.CreateClient().GetAsync($"/api/search/words?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"words?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
