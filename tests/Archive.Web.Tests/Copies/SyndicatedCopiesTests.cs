using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Core.Importing;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Copies;

/// <summary>Copies imported through the app's own importer, then read as a reader does: pages, search and API over HTTP.</summary>
[Collection(ArchiveApp.Collection)]
public sealed class SyndicatedCopiesTests(ArchiveAppFactory app) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("archive-copies-web-").FullName;

    /// <summary>
    /// The text with the test's own word after every second word: no four-word run is shared with
    /// another test's story, so each test's stories are copies only of each other, and searches for the word see only them.
    /// </summary>
    private static StoryText Marked(StoryText story, string marker) => story with
    {
        Paragraphs = [.. story.Paragraphs.Select(p => string.Join(' ', p.Split(' ').Select((w, i) => i % 2 == 1 ? w + " " + marker : w)))],
    };

    private static StoryText Story(string marker) => Marked(new(
        $"Kim Jong Un llega a Vladivostok para ver a Putin ({marker})",
        [
            $"VLADIVOSTOK (EFE).- El líder norcoreano Kim Jong Un llegó este miércoles a la ciudad rusa de Vladivostok en su tren blindado {marker} para reunirse con el presidente ruso Vladimir Putin.",
            "Según la agencia oficial KCNA, la delegación norcoreana incluye a la hermana del líder y a varios altos mandos militares. Los dos gobiernos no publicaron la agenda del encuentro.",
            "Analistas consultados en Seúl creen que Pyongyang busca apoyo económico y alimentos a cambio de municiones para la guerra en Ucrania. Washington advirtió que cualquier acuerdo de armas violaría las sanciones.",
            "El Kremlin dijo que las conversaciones abordarán la cooperación regional y la situación en la península de Corea. Putin también ofrecerá una cena oficial a su invitado en el cosmódromo.",
        ]), marker);

    private static StoryText OtherStory(string marker) => Marked(new(
        $"Putin recibe a Kim en el Lejano Oriente ({marker})",
        [
            $"MOSCÚ (Reuters).- Vladimir Putin recibió a Kim Jong Un en el cosmódromo de Vostochni {marker}, en una visita que Estados Unidos sigue con preocupación por la guerra en Ucrania.",
            "El dirigente norcoreano viajó durante dos días en tren desde Pyongyang. A su llegada fue recibido por el ministro ruso de Recursos Naturales y por una guardia de honor.",
            "Funcionarios estadounidenses temen que Corea del Norte entregue proyectiles de artillería a Rusia y reciba tecnología para sus satélites.",
        ]), marker);

    private async Task<Dictionary<string, int>> ImportAsync(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files, Guid.NewGuid().ToString("N"))).FullName;
        foreach (var (name, text) in files)
            await File.WriteAllTextAsync(Path.Combine(folder, name), text, Encoding.UTF8);
        ImportSummary summary;
        await using (var scope = app.Services.CreateAsyncScope())
            summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync([folder], "copies test");
        await app.WaitForSearchIndexAsync();
        return summary.Files.Where(f => f.ArticleId is not null).ToDictionary(f => Path.GetFileNameWithoutExtension(f.Path), f => f.ArticleId!.Value);
    }

    private Task<Dictionary<string, int>> ImportStoryAsync(string marker) => ImportAsync(
        ("original.txt", Story(marker).ToFile()),
        ("promo.txt", CopyVariants.Make(Story(marker), CopyVariant.PromoLine, new Random(1)).ToFile()),
        ("cut.txt", (CopyVariants.Make(Story(marker), CopyVariant.SentenceCut, new Random(2)) with { Title = $"Kim en Vladivostok ({marker})" }).ToFile()),
        ("other.txt", OtherStory(marker).ToFile()));

    [Theory]
    [InlineData("es", "Copias sindicadas", "del texto en común", "Artículos relacionados")]
    [InlineData("en", "Syndicated copies", "of the text in common", "Related articles")]
    public async Task The_article_page_lists_its_copies_with_similarity_and_its_related_articles(
        string language, string copiesHeading, string similarityText, string relatedHeading)
    {
        var ids = await ImportStoryAsync("zarvoquio" + language);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetDocumentAsync($"/articles/{ids["original"]}");

        Assert.StartsWith(copiesHeading, page.QuerySelector("#copies-heading")!.Text());
        var copies = page.QuerySelectorAll("#article-copies li").ToList();
        Assert.Equal(new[] { ids["promo"], ids["cut"] }.Order(), copies.Select(c => int.Parse(c.GetAttribute("data-id")!)).Order());
        Assert.All(copies, c => Assert.Contains(similarityText, c.QuerySelector(".similarity")!.Text()));
        Assert.All(copies, c => Assert.InRange(double.Parse(c.GetAttribute("data-similarity")!, System.Globalization.CultureInfo.InvariantCulture), 0.5, 1.0));
        Assert.Equal(relatedHeading, page.QuerySelector("#related-heading")!.Text());
        var related = page.QuerySelectorAll("#related-articles li").Select(li => int.Parse(li.GetAttribute("data-id")!)).ToList();
        Assert.Contains(ids["other"], related);
        Assert.DoesNotContain(ids["promo"], related);
        Assert.DoesNotContain(ids["cut"], related);
        Assert.InRange(related.Count, 1, 5);

        // Files are imported in name order, so cut.txt came first and started the story.
        var ofCopy = await client.GetDocumentAsync($"/articles/{ids["promo"]}");
        Assert.Equal([ids["cut"].ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ofCopy.QuerySelectorAll("#article-copies li").Where(li => li.QuerySelector(".story-first") is not null).Select(li => li.GetAttribute("data-id")));
    }

    [Fact]
    public async Task An_article_without_copies_has_no_copies_section_and_says_when_nothing_is_related()
    {
        var ids = await ImportAsync(("lonely.txt", "Un texto qrintovalia sin parientes\n\nNada en este archivo se parece a qrintovalia ni a su zumbido.\n"));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{ids["lonely"]}");

        Assert.Null(page.QuerySelector("#copies"));
        Assert.NotNull(page.QuerySelector("#related"));
    }

    [Fact]
    public async Task Search_shows_one_result_per_story_with_more_copies_and_the_switch_shows_them_all()
    {
        var ids = await ImportStoryAsync("brumelancia");
        var client = app.CreateClient();

        var folded = await client.GetDocumentAsync("/search?q=brumelancia");
        var all = await client.GetDocumentAsync(folded.QuerySelector("#copies-all")!.GetAttribute("href")!);
        var english = new HttpRequestMessage(HttpMethod.Get, "/search?q=brumelancia");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishPage = await (await client.SendAsync(english)).Content.ReadAsStringAsync();

        Assert.Equal("2", folded.QuerySelector("#search-total")!.GetAttribute("data-total"));
        var more = Assert.Single(folded.QuerySelectorAll(".more-copies a"));
        Assert.Equal("2", more.GetAttribute("data-more-copies"));
        Assert.Contains("2 copias más", more.Text());
        Assert.Contains("2 more copies", englishPage);
        Assert.Contains("copies=all", folded.QuerySelector("#copies-all")!.GetAttribute("href"));
        Assert.Equal("4", all.QuerySelector("#search-total")!.GetAttribute("data-total"));
        Assert.Empty(all.QuerySelectorAll(".more-copies"));
        Assert.NotNull(all.QuerySelector("#copies-collapse"));
        Assert.Equal("all", all.QuerySelector("form.search-form input[name=copies]")!.GetAttribute("value"));
        Assert.Equal(4, all.QuerySelectorAll(".search-hit").Length);
        Assert.Contains(ids["other"], folded.QuerySelectorAll(".search-hit").Select(h => int.Parse(h.GetAttribute("data-id")!)));
    }

    [Fact]
    public async Task The_api_gives_copies_with_similarity_more_copies_on_search_and_takes_the_switch()
    {
        var ids = await ImportStoryAsync("tiquilandra");
        var client = app.CreateClient();

        using var article = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{ids["original"]}"));
        using var folded = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=tiquilandra"));
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=tiquilandra&copies=all"));
        using var lone = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{ids["other"]}"));
        var bad = await client.GetAsync("/api/search?q=tiquilandra&copies=some");
        var export = await client.GetStringAsync("/api/search/export?q=tiquilandra&format=json");
        var foldedExport = await client.GetStringAsync("/api/search/export?q=tiquilandra&format=json&copies=collapse");

        var copies = article.RootElement.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal(new[] { ids["promo"], ids["cut"] }.Order(), copies.Select(c => c.GetProperty("id").GetInt32()).Order());
        Assert.All(copies, c => Assert.InRange(c.GetProperty("similarity").GetDouble(), 0.5, 1.0));
        Assert.Empty(lone.RootElement.GetProperty("copies").EnumerateArray());
        Assert.Equal(2, folded.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, folded.RootElement.GetProperty("foldedCopies").GetInt32());
        Assert.Contains(folded.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("moreCopies").GetInt32() == 2);
        Assert.Equal(4, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(4, JsonDocument.Parse(export).RootElement.GetArrayLength());
        Assert.Equal(2, JsonDocument.Parse(foldedExport).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_cached_article_page_shows_a_related_article_imported_after_it_was_cached()
    {
        var ids = await ImportAsync(("first.txt", OtherStory("vendrigalla").ToFile()));
        var client = app.CreateClient();
        var before = await client.GetDocumentAsync($"/articles/{ids["first"]}");

        var later = await ImportAsync(("later.txt", Story("vendrigalla").ToFile()));
        var after = await client.GetDocumentAsync($"/articles/{ids["first"]}");

        Assert.DoesNotContain(before.QuerySelectorAll("#related-articles li"), li => li.GetAttribute("data-id") == later["later"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(after.QuerySelectorAll("#related-articles li"), li => li.GetAttribute("data-id") == later["later"].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);
}
