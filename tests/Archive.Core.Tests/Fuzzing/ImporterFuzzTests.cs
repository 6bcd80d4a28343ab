using System.Text;
using Archive.Core.Importing;
using Archive.Core.Tests.Builders;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// Real files (the seeds, the saved HTML pages of the tests, Markdown notes), mutated: cut mid-character,
/// bytes flipped and inserted, ranges dropped and repeated, markup nested 10,000 deep. Every format
/// answers each of them with an article or a reason, never an exception, and soon; through the whole
/// importer every file ends as an article, a duplicate or a failure with a reason of its own.
/// </summary>
public sealed class ImporterFuzzTests : IAsyncLifetime, IDisposable
{
    /// <summary>
    /// Far beyond any healthy parse (the largest real page of the evaluation corpus, 9,900 elements, takes
    /// about 3 s on a busy 2-core machine): what this catches is a parser that never returns.
    /// </summary>
    private static readonly TimeSpan _hang = TimeSpan.FromSeconds(30);

    private static readonly IReadOnlyList<IArticleFormat> _formats = ArticleFormats.CreateAll();

    private readonly ArchiveDatabaseFixture _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    public void Dispose() => _archive.Dispose();

    /// <summary>The real files the mutations start from, each with the extension it was written for.</summary>
    private static readonly List<(string Name, byte[] Content)> _samples = LoadSamples();

    private static List<(string Name, byte[] Content)> LoadSamples()
    {
        var samples = Directory.GetFiles(Seeds.Folder, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Importing", "Html", "Fixtures"), "*.htm*"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
        samples.Add(("nota.md", Encoding.UTF8.GetBytes("""
            ---
            title: "Cumbre en Pyongyang: lo que se firmó"
            outlet: Diario del Sur
            date: 2024-06-19
            lang: es
            url: https://example.org/cumbre
            author: Ana Pérez
            tags: [corea, rusia]
            ---
            # Cumbre en Pyongyang

            El presidente ruso **Vladimir Putin** y el líder norcoreano *Kim Jong Un* firmaron un [pacto](https://example.org/pacto) de ayuda mutua.

            > «Es un acuerdo histórico», dijo un portavoz.

            - Seguridad defensiva
            - Comercio e inversión
              1. Energía
              2. Puertos

            ```
            código que no es texto
            ```

            | País | Postura |
            |------|---------|
            | EE. UU. | Preocupación |

            Compartir en Facebook · Twitter
            """)));
        return samples;
    }

    private static readonly Gen<(int Sample, ByteMutation[] Mutations)> _mutatedFiles = Gen.Select(
        Gen.Int[0, _samples.Count - 1],
        Gen.Select(Gen.Int[0, ByteMutation.Kinds - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (kind, position, size) => new ByteMutation(kind, position, size)).Array[1, 5]);

    [Fact]
    public void Every_format_answers_a_mutated_file_with_an_article_or_a_reason_and_never_hangs()
    {
        Fuzz.Check(_mutatedFiles, input =>
        {
            var (name, content) = _samples[input.Sample];
            AnswersEveryFormat(name, ByteMutation.ApplyAll(content, input.Mutations));
        }, iterations: 80);
    }

    [Fact]
    public void Every_file_that_ever_failed_is_answered_by_every_format()
    {
        var cases = CorpusFiles().ToList();
        Assert.NotEmpty(cases);
        foreach (var path in cases)
            AnswersEveryFormat(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Imported_mutated_files_each_end_as_an_article_a_duplicate_or_a_failure_with_a_reason()
    {
        // The same cases every run: a fixed stream of mutations over the samples (CsCheck's sampling above
        // shrinks; here one batch goes through the importer as a whole, as an upload would).
        var random = new Random(20_261_202);
        var written = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var (name, content) = _samples[random.Next(_samples.Count)];
            var mutations = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => new ByteMutation(random.Next(ByteMutation.Kinds), random.Next(), random.Next()));
            written.Add(_archive.Files.WriteBytes($"lote/{i:D3}-{name}", ByteMutation.ApplyAll(content, mutations)));
        }
        foreach (var path in CorpusFiles())
            written.Add(_archive.Files.WriteBytes($"lote/corpus-{Path.GetFileName(path)}", File.ReadAllBytes(path)));

        var summary = await _archive.ImportAsync([_archive.Files.Combine("lote")]);

        Assert.Equal(written.Count, summary.FilesSeen);
        Assert.Equal(written.Order(StringComparer.Ordinal), summary.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(summary.Files.Where(f => f.Outcome == ImportFileOutcome.Failed), failure =>
        {
            Assert.False(string.IsNullOrWhiteSpace(failure.Reason), $"{failure.Path} failed without a reason");
            // These two wrap an exception the importer did not expect: a bug to fix, not a reason to give.
            Assert.DoesNotContain("could not process the file", failure.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("could not parse the file", failure.Reason, StringComparison.Ordinal);
        });
        // Copies of one page share its canonical URL, so the later ones update that article ("updated").
        var articles = summary.Files.Where(f => f.Outcome == ImportFileOutcome.Imported).Select(f => f.ArticleId).Distinct().Count();
        Assert.Equal(articles, await _archive.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(written.Count, await _archive.QueryAsync(db => db.ImportRunFiles.CountAsync()));
    }

    [Fact]
    public void Markup_nested_ten_thousand_deep_is_answered_by_every_format()
    {
        // Inside a real page, read as each format would read it. AngleSharp builds 10,000 nested list items
        // in seconds (its scope checks walk the open elements), which the HTML and Markdown formats both pay.
        var (name, content) = _samples.First(s => s.Name.EndsWith(".html", StringComparison.Ordinal));
        foreach (var opening in ByteMutation.Nesting)
        {
            var nested = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(opening, 10_000)));
            AnswersEveryFormat(name, [.. content.AsSpan(0, content.Length / 2), .. nested, .. content.AsSpan(content.Length / 2)]);
        }
    }

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(Fuzz.CorpusFolder)
            .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".htm" or ".md")
            .Order(StringComparer.Ordinal);

    private static void AnswersEveryFormat(string name, byte[] content)
    {
        foreach (var format in _formats)
        {
            var fileName = Path.ChangeExtension(name, format.Extensions.First());
            var parse = Task.Run(() => format.Parse(content, fileName));
            Assert.True(parse.Wait(_hang), $"{format.GetType().Name} still parsing {fileName} ({content.Length} bytes) after {_hang}");
            var result = parse.Result;
            Assert.True(result.Article is not null ^ !string.IsNullOrWhiteSpace(result.FailureReason),
                $"{format.GetType().Name} answered {fileName} with neither an article nor a reason (or both)");
            if (result.Article is { } article)
            {
                Assert.NotNull(article.Title);
                Assert.All(article.Paragraphs, Assert.NotNull);
            }
        }
    }
}
