using Archive.Core.Data;
using Archive.Testing;
using Archive.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Cli;

/// <summary><c>import</c> groups copies as it goes; <c>copies detect</c> does it for articles stored before.</summary>
public sealed class CopiesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("archive-cli-copies-");

    private string DatabaseFile => Path.Combine(_temp.Path, "data", "archive.db");

    private string DatabaseOption => $"--ConnectionStrings:Archive=Data Source={DatabaseFile}";

    private static readonly StoryText _story = new(
        "El Banco Central sube los tipos de interés medio punto",
        [
            "MADRID (EFE).- El Banco Central Europeo subió este jueves los tipos de interés medio punto, hasta el 4,5 por ciento, la décima subida consecutiva desde el verano pasado.",
            "La presidenta de la institución explicó en rueda de prensa que la inflación seguirá demasiado alta durante demasiado tiempo y que el consejo vigilará los datos de cada mes.",
            "Los mercados esperaban la decisión, aunque varios analistas habían pedido una pausa ante la debilidad de la industria alemana y la caída del crédito a las empresas.",
        ]);

    [Fact]
    public async Task Import_groups_copies_and_copies_detect_signs_articles_stored_without_signatures()
    {
        var batch = Directory.CreateDirectory(Path.Combine(_temp.Path, "batch")).FullName;
        await File.WriteAllTextAsync(Path.Combine(batch, "a.txt"), _story.ToFile());
        await File.WriteAllTextAsync(Path.Combine(batch, "b.txt"), CopyVariants.Make(_story, CopyVariant.PromoLine, new Random(4)).ToFile());

        var import = await CliResult.RunAsync("import", batch, DatabaseOption);
        var stories = await QueryAsync(db => db.Articles.Select(a => a.StoryId).Distinct().ToListAsync());
        await QueryAsync(async db =>
        {
            await db.ArticleSignatures.ExecuteDeleteAsync();
            return await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, (int?)null));
        });
        var detect = await CliResult.RunAsync("copies", "detect", DatabaseOption);
        var again = await CliResult.RunAsync("copies", "detect", DatabaseOption);

        Assert.True(import.ExitCode == CliExitCode.Success, import.Error);
        Assert.NotNull(Assert.Single(stories));
        Assert.True(detect.ExitCode == CliExitCode.Success, detect.Error);
        Assert.Contains("2 article(s) signed, 2 joined a story; the archive has 1 stories of copies holding 2 articles.", detect.Output);
        Assert.Contains("2/2 articles signed", detect.Error);
        Assert.Contains("0 article(s) signed, 0 joined a story", again.Output);
        Assert.NotNull(Assert.Single(await QueryAsync(db => db.Articles.Select(a => a.StoryId).Distinct().ToListAsync())));
    }

    [Fact]
    public async Task Copies_without_detect_is_a_usage_error()
    {
        var result = await CliResult.RunAsync("copies", DatabaseOption);

        Assert.Equal(CliExitCode.Usage, result.ExitCode);
        Assert.Contains("copies detect", result.Error);
    }

    private async Task<T> QueryAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options);
        return await query(db);
    }


    public void Dispose()
    {
        _temp.Dispose();
    }
}
