using Archive.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Hosting;

[Collection(ArchiveApp.Collection)]
public sealed class SeedImportTests(ArchiveAppFactory app)
{
    private const string LimousineTitle = "Vladimir Putin y Kim Jong Un son vistos riéndose en una limusina rusa";

    [Fact]
    public async Task First_start_imports_every_seed_file_in_one_run()
    {
        var seedFiles = Directory.GetFiles(ArchiveAppFactory.SeedsFolder, "*.txt").Length;

        var runs = await app.ExecuteDbContextAsync(db => db.ImportRuns.AsNoTracking().Where(r => r.Source == "seeds").ToListAsync());

        var run = Assert.Single(runs);
        Assert.Equal(ImportRunStatus.Completed, run.Status);
        Assert.Equal(seedFiles, run.FilesSeen);
        Assert.Equal(seedFiles, run.Imported);
        Assert.Equal(0, run.Failed);
    }

    [Fact]
    public async Task Home_lists_the_seed_articles_with_their_titles()
    {
        var seeds = await app.ExecuteDbContextAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.ImportRun!.Source == "seeds")
            .Select(a => new { a.Id, a.Title, a.Slug })
            .ToListAsync());
        Assert.Equal(2, seeds.Count);
        Assert.Contains(seeds, s => s.Title == LimousineTitle);

        var page = await app.CreateClient().GetDocumentAsync("/?lang=es&page=1");
        var links = new List<(string Title, string Href)>();
        for (var n = 1; n <= 50 && links.Count < seeds.Count; n++)
        {
            var listed = n == 1 ? page : await app.CreateClient().GetDocumentAsync($"/?lang=es&page={n}");
            if (listed.QuerySelectorAll("li.teaser").Length == 0)
                break;
            links.AddRange(listed.QuerySelectorAll("li.teaser h2 a")
                .Select(a => (a.Text(), a.GetAttribute("href")!))
                .Where(l => seeds.Any(s => l.Item2.StartsWith($"/articles/{s.Id}/", StringComparison.Ordinal))));
        }

        Assert.Equal(
            seeds.Select(s => (s.Title, $"/articles/{s.Id}/{s.Slug}")).OrderBy(s => s.Item2),
            links.OrderBy(l => l.Href));
    }

    [Fact]
    public async Task The_seed_article_page_shows_its_text()
    {
        var seed = await app.ExecuteDbContextAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Title == LimousineTitle));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{seed.Id}/{seed.Slug}");

        Assert.Equal(LimousineTitle, page.QuerySelector("article h1")!.Text());
        Assert.Equal(seed.Paragraphs, page.QuerySelectorAll(".article-body p").Select(p => p.Text()));
        Assert.StartsWith("El presidente ruso Vladimir Putin y el líder norcoreano Kim Jong Un fueron vistos riéndose",
            page.QuerySelector(".article-body p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_start_does_not_import_the_seeds_again()
    {
        var before = await app.ExecuteDbContextAsync(db => db.ImportRuns.CountAsync());

        await using (var restarted = app.WithSecondHost())
        {
            using var response = await restarted.CreateClient().GetAsync("/");
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(before, await app.ExecuteDbContextAsync(db => db.ImportRuns.CountAsync()));
        Assert.Equal(1, await app.ExecuteDbContextAsync(db => db.ImportRuns.CountAsync(r => r.Source == "seeds")));
    }
}
