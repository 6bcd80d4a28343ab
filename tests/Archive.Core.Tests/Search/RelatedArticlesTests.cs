using Archive.Core.Search;
using Archive.Core.Tagging;

namespace Archive.Core.Tests.Search;

public sealed class RelatedArticlesTests : IAsyncLifetime
{
    private SearchArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await SearchArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_tag_on_most_of_a_large_archive_relates_nothing_while_a_rare_one_still_does()
    {
        // Each article's words are its own, so only the tags can relate two of them.
        var articles = await _archive.AddManyAsync(Enumerable.Range(0, 130).Select(i =>
            new ArticleSpec($"Crónica {Word(i, 0)}", [$"{Word(i, 1)} {Word(i, 2)} {Word(i, 3)} {Word(i, 4)} {Word(i, 5)}."])));
        await using (var db = _archive.NewDb())
        {
            var tags = new TagService(db, TimeProvider.System);
            var actor = new TagActor("editor-1", "Editor");
            var everywhere = (await tags.CreateAsync("Cumbre", "Summit", null, actor)).Tag!;
            var rare = (await tags.CreateAsync("Tren blindado", "Armoured train", null, actor)).Tag!;
            await tags.BulkTagAsync([.. articles.Select(a => a.Id)], everywhere.Id, actor);
            await tags.BulkTagAsync([articles[0].Id, articles[7].Id], rare.Id, actor);
        }
        using var index = await _archive.OpenReadyIndexAsync();

        var related = new RelatedArticles(index).Find(articles[0].Id);

        var only = Assert.Single(related);
        Assert.Equal(articles[7].Id, only.Id);
        Assert.Equal(["cumbre", "tren-blindado"], only.SharedTags.Order(StringComparer.Ordinal));
    }

    /// <summary>An invented word unique to one article and position: letters only, so no stemmer folds two together.</summary>
    private static string Word(int article, int position) =>
        "zq" + new string([.. $"{article:D3}{position}".Select(d => (char)('a' + d - '0'))]) + "ulo";
}
