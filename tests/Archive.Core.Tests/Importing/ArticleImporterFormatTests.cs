using System.Text;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Importing;

/// <summary>How the importer treats what other formats declare: canonical URLs, languages, outlets, failures.</summary>
public sealed class ArticleImporterFormatTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    private async Task<ImportSummary> ImportAsync(params string[] paths)
    {
        await using var db = _archive.NewContext();
        var importer = new ArticleImporter(db, new ImportOptions(), _archive.Logger, [new TextArticleFormat(), new DeclaredFormat()]);
        return await importer.ImportAsync(paths, "test");
    }

    private string WriteDeclared(string name, string url, string title, string paragraph, string language = "", string outlet = "") =>
        _archive.Files.WriteBytes(name, Encoding.UTF8.GetBytes(string.Join('\n', url, language, outlet, title, paragraph)));

    [Fact]
    public void An_importer_without_formats_is_refused()
    {
        using var db = _archive.NewContext();

        var error = Assert.Throws<ArgumentException>(() => new ArticleImporter(db, new ImportOptions(), _archive.Logger, []));

        Assert.Contains("TextArticleFormat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_text_for_a_known_canonical_url_updates_that_article()
    {
        var first = await ImportAsync(WriteDeclared("a.art", "https://example.org/pacto", "El pacto", "Primera versión del texto."));
        var second = await ImportAsync(WriteDeclared("b.art", "https://example.org/pacto", "El pacto, corregido", "Segunda versión del texto."));

        var report = Assert.Single(second.Files);
        Assert.Equal((ImportFileOutcome.Imported, ArticleImporter.UpdatedReason), (report.Outcome, report.Reason));
        Assert.Equal(first.Files[0].ArticleId, report.ArticleId);
        var article = await _archive.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal(("El pacto, corregido", "el-pacto-corregido", "b.art"), (article.Title, article.Slug, article.SourceFile));
        Assert.Equal(["Segunda versión del texto."], article.Paragraphs);
        Assert.Equal([article.Id, article.Id], await _archive.QueryAsync(db => db.SearchOutbox.Select(e => e.ArticleId).ToListAsync()));
    }

    [Fact]
    public async Task The_same_text_for_a_known_canonical_url_is_a_duplicate()
    {
        await ImportAsync(WriteDeclared("a.art", "https://example.org/pacto", "El pacto", "El texto."));
        var second = await ImportAsync(WriteDeclared("b.art", "https://example.org/pacto", "El pacto", "El texto."));

        Assert.Equal(ImportFileOutcome.Duplicate, Assert.Single(second.Files).Outcome);
        Assert.Equal(1, await _archive.QueryAsync(db => db.SearchOutbox.CountAsync()));
    }

    [Fact]
    public async Task A_declared_language_and_outlet_win_over_detection()
    {
        WriteDeclared("a.art", "", "The pact", "El texto está en español pero la fuente dice inglés.", language: "en-GB", outlet: "The Korea Herald");

        await ImportAsync(_archive.Files.Path);

        var article = await _archive.QueryAsync(db => db.Articles.Include(a => a.Outlet).SingleAsync());
        Assert.Equal("en", article.Language);
        Assert.Equal(("The Korea Herald", "the-korea-herald"), (article.Outlet!.Name, article.Outlet.Slug));
    }

    [Fact]
    public async Task A_language_the_archive_does_not_hold_is_detected_instead()
    {
        WriteDeclared("a.art", "", "El pacto", "El texto de la noticia está escrito en español.", language: "fr");

        await ImportAsync(_archive.Files.Path);

        Assert.Equal("es", await _archive.QueryAsync(db => db.Articles.Select(a => a.Language).SingleAsync()));
    }

    [Fact]
    public async Task Outlets_named_in_any_case_are_stored_once()
    {
        WriteDeclared("a.art", "", "Uno", "Primer texto.", outlet: "Fox News");
        WriteDeclared("b.art", "", "Dos", "Segundo texto.", outlet: "FOX NEWS");

        await ImportAsync(_archive.Files.Path);
        await ImportAsync(Seeds.PathOf(Seeds.WithoutTitle));

        Assert.Equal(["Fox News"], await _archive.QueryAsync(db => db.Outlets.Select(o => o.Name).ToListAsync()));
        Assert.Equal(3, await _archive.QueryAsync(db => db.Articles.CountAsync(a => a.OutletId != null)));
    }

    [Fact]
    public async Task A_format_that_finds_no_title_gets_one_derived_from_the_text()
    {
        WriteDeclared("a.art", "", "  ", "Putin llegó a Pyongyang. Kim lo recibió.");

        await ImportAsync(_archive.Files.Path);

        var article = await _archive.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal(("Putin llegó a Pyongyang", true), (article.Title, article.TitleDerived));
    }

    [Fact]
    public async Task A_format_that_returns_only_blank_paragraphs_fails_the_file()
    {
        WriteDeclared("a.art", "", "Un título", " \t ");

        var summary = await ImportAsync(_archive.Files.Path);

        Assert.Equal("no article text in the file", Assert.Single(summary.Files).Reason);
    }

    [Fact]
    public async Task A_parser_that_throws_fails_only_its_file()
    {
        _archive.Files.WriteBytes("a.art", "boom"u8.ToArray());
        ArticleFileBuilder.Article("Una noticia", "Su texto.").WriteTo(_archive.Files, "b.txt");

        var summary = await ImportAsync(_archive.Files.Path);

        Assert.Equal("could not parse the file: the parser broke", summary.Files[0].Reason);
        Assert.Equal(ImportFileOutcome.Imported, summary.Files[1].Outcome);
    }

    [Fact]
    public async Task A_file_locked_by_another_process_is_reported_as_unreadable()
    {
        var path = ArticleFileBuilder.Article("Una noticia", "Su texto.").WriteTo(_archive.Files, "locked.txt");
        await using var lockHandle = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var summary = await ImportAsync(path);

        Assert.StartsWith("could not read the file:", Assert.Single(summary.Files).Reason);
    }

    [Fact]
    public async Task Folders_are_walked_recursively_in_a_stable_order()
    {
        ArticleFileBuilder.Article("B", "Texto b.").WriteTo(_archive.Files, "b.txt");
        ArticleFileBuilder.Article("A", "Texto a.").WriteTo(_archive.Files, "sub/a.txt");
        ArticleFileBuilder.Article("C", "Texto c.").WriteTo(_archive.Files, "a/z.txt");

        var summary = await ImportAsync(_archive.Files.Path);

        Assert.Equal(["a/z.txt", "b.txt", "sub/a.txt"], await _archive.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.SourceFile).ToListAsync()));
        Assert.Equal(3, summary.Imported);
    }

    [Fact]
    public async Task The_lead_is_the_first_paragraph_cut_on_a_word_boundary()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Putin y Kim firmaron un pacto.", 20));
        ArticleFileBuilder.Article("Pacto", paragraph).WriteTo(_archive.Files, "a.txt");

        await ImportAsync(_archive.Files.Path);

        var lead = await _archive.QueryAsync(db => db.Articles.Select(a => a.Lead).SingleAsync());
        Assert.True(lead.Length <= ArticleImporter.MaxLeadLength, lead);
        Assert.EndsWith("…", lead);
        Assert.StartsWith(lead[..^1], paragraph);
    }

    /// <summary>
    /// A stand-in for the HTML and Markdown formats: ".art" files declare, one per line, a canonical
    /// URL, a language, an outlet, the title and one paragraph; "boom" makes the parser throw.
    /// </summary>
    private sealed class DeclaredFormat : IArticleFormat
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".art"];

        public ArticleParseResult Parse(byte[] content, string fileName)
        {
            var lines = Encoding.UTF8.GetString(content).Split('\n');
            if (lines[0] == "boom")
                throw new InvalidOperationException("the parser broke");
            return ArticleParseResult.Success(new ParsedArticle
            {
                CanonicalUrl = NullIfEmpty(lines[0]),
                Language = NullIfEmpty(lines[1]),
                OutletName = NullIfEmpty(lines[2]),
                Title = lines[3],
                Paragraphs = [lines[4]],
            });
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
