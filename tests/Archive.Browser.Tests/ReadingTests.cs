using Archive.Core.Articles;
using Archive.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

public sealed class ReadingTests(KestrelAppFactory app) : BrowserTest(app)
{
    private const string Title = "Putin y Kim pasean en limusina por Pyongyang";

    [Fact]
    public async Task A_reader_opens_an_article_and_switches_the_interface_to_english()
    {
        var article = await AddArticleAsync();
        var consoleErrors = new List<string>();
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "es-ES", BaseURL = App.ServerAddress.ToString() });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                consoleErrors.Add($"{message.Text} ({message.Location})");
        };

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.ServerAddress, $"/articles/{article.Id}/{article.Slug}").ToString());
        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator(".article-body p").First).ToHaveTextAsync("Los dos dirigentes se turnaron al volante.");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link).First).ToHaveTextAsync("Inicio");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.ServerAddress, $"/articles/{article.Id}/{article.Slug}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).First).ToHaveTextAsync("Home");
        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync(Title);

        await page.GotoAsync("/imports");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
    }

    private async Task<Article> AddArticleAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var article = new Article
        {
            Slug = "putin-y-kim-pasean-en-limusina-por-pyongyang",
            Title = Title,
            Language = "es",
            Paragraphs = ["Los dos dirigentes se turnaron al volante.", "La agencia KCNA publicó las imágenes el jueves."],
            Lead = "Los dos dirigentes se turnaron al volante.",
            WordCount = 15,
            SourceFile = "/tests/limusina.txt",
            ContentHash = new string('b', 64),
            ImportedAt = DateTime.UtcNow.AddYears(1),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }
}
