namespace Archive.Benchmarks;

/// <summary>The parts of a run; each can be chosen alone with <c>--only</c>.</summary>
[Flags]
public enum BenchmarkParts
{
    None = 0,
    Import = 1,
    Search = 2,
    Http = 4,
    Memory = 8,
    BulkTag = 16,
    Research = 32,
    All = Import | Search | Http | Memory | BulkTag | Research | Relevance,

    /// <summary>Issue 12's text quality (headlines, language, wire copy); only with --only, never in All.</summary>
    Text = 64,

    /// <summary>Issue 12's HTML extraction quality on readability-pages; only with --only, never in All.</summary>
    Extraction = 128,
    Quality = Text | Extraction,

    /// <summary>Sustained mixed load while importing; only with <c>--only mixed</c> (it imports a second corpus).</summary>
    Mixed = 256,

    /// <summary>Issue 11's known-item relevance harness.</summary>
    Relevance = 512,

    /// <summary>Issue 13's entity extraction against the hand-annotated gold; only with <c>--only entities</c>.</summary>
    Entities = 1024,
    /// <summary>Issue 13's copy detection (precision, recall, same-topic negatives); only with <c>--only copies</c>.</summary>
    Copies = 2048,

    /// <summary>Issue 15's several web nodes (throughput over 1–3 nodes, catch-up lag); only with <c>--only nodes</c>.</summary>
    Nodes = 4096,

    /// <summary>The parts that measure the generated corpus's imported Archive database.</summary>
    NeedsImportedCorpus = Search | Http | Memory | BulkTag | Research | Mixed | Nodes,
}

public sealed record BenchmarkOptions
{
    public int Articles { get; init; } = 10_000;
    public int Seed { get; init; } = 42;
    public BenchmarkParts Parts { get; init; } = BenchmarkParts.All;
    public int QueriesPerKind { get; init; } = 200;
    public int Connections { get; init; } = 32;
    public TimeSpan HttpDuration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan HttpWarmup { get; init; } = TimeSpan.FromSeconds(2);
    public int ColdStarts { get; init; } = 3;
    public int MixedImportFiles { get; init; } = 10_000;
    public string? WorkFolder { get; init; }

    /// <summary>nodes: an admin connection string to a PostgreSQL server; the nodes then run on a copy of the archive there.</summary>
    public string? Postgres { get; init; }
    public bool Micro { get; init; }
    public bool FreshData { get; init; }

    /// <summary>Leaves the FTS5 peer out of the search part: its figures do not depend on Archive's code, and at 100,000 articles it takes most of the part.</summary>
    public bool SkipFts5 { get; init; }

    /// <summary>The shared real-text corpus (fakenews-es, readability-pages); null: ../shared/corpus beside the repository.</summary>
    public string? CorpusFolder { get; init; }

    public bool Verbose { get; init; }

    /// <summary>Entities: score only the even (0, 2, 4, …) or odd gold documents of each language, by their place in the gold file; null: all.</summary>
    public string? EntityHalf { get; init; }
    public string[] MicroArguments { get; init; } = [];

    public int FragmentsPerArticle { get; init; } = 3;

    public const string Usage = """
        Archive benchmarks (issue 7). Never part of `dotnet test`.

          dotnet run -c Release --project tests/Archive.Benchmarks -- [options]

          --articles N        corpus size (default 10000; the goals are stated at 100000)
          --seed N            corpus seed (default 42)
          --only PARTS        import, search, http, memory, bulktag, research, relevance (comma-separated);
                              default all of these. Only when named: mixed (sustained mixed load while importing),
                              nodes (three web nodes on one database: search over 1-3 nodes, catch-up lag),
                              quality parts text (headlines, language, wire copy),
                              extraction (HTML body F1 and titles on readability-pages), quality (both),
                              entities (person/place/organization F1 against Entities/Gold; reads --corpus)
                              copies (syndicated-copy detection on fakenews-es held-out copies)
          --corpus DIR        the shared real-text corpus (default ../shared/corpus beside the repository): the
                              quality parts read it, and relevance reads its fakenews-es/ (or DIR itself when it
                              holds the articles); relevance falls back to the generated corpus when it is absent
          --fragments N       relevance: six-word fragments per article (default 3)
          --verbose           quality parts: list every page, not only those where text was lost
          --half even|odd     entities: only the even or odd documents of each gold file (0-based place), to
                              develop on one half and check the other for overfitting
          --queries N         distinct queries per search kind (default 200)
          --connections N     HTTP load connections (default 32)
          --duration S        seconds of HTTP load per page (default 10)
          --cold-starts N     child-process cold starts to time (default 3)
          --mixed-import N    files the CLI imports during the mixed load (default 10000)
          --work DIR          where corpus, databases and indexes live (default: <temp>/archive-bench)
          --postgres CONN     nodes: run the nodes on PostgreSQL (an admin connection string; the archive is copied
                              there with migrate-to-postgres into a new database, dropped afterwards); default SQLite
          --fresh             re-import even when a finished database for this corpus exists
          --no-fts5           search: leave the FTS5 peer out (its figures do not change with Archive's code)
          --micro [BDN args]  run the BenchmarkDotNet micro benchmarks instead (e.g. --micro --filter '*')
          --help              this text
        """;

    /// <summary>Parses the command line; returns null and an error message when it makes no sense.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Next()
            {
                if (i + 1 >= args.Count)
                    throw new ArgumentException($"{arg} needs a value");
                return args[++i];
            }

            try
            {
                switch (arg)
                {
                    case "--articles":
                        options = options with { Articles = PositiveInt(arg, Next()) };
                        break;
                    case "--seed":
                        options = options with { Seed = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) };
                        break;
                    case "--only":
                        options = options with { Parts = ParseParts(Next()) };
                        break;
                    case "--queries":
                        options = options with { QueriesPerKind = PositiveInt(arg, Next()) };
                        break;
                    case "--connections":
                        options = options with { Connections = PositiveInt(arg, Next()) };
                        break;
                    case "--duration":
                        options = options with { HttpDuration = TimeSpan.FromSeconds(PositiveInt(arg, Next())) };
                        break;
                    case "--mixed-import":
                        options = options with { MixedImportFiles = PositiveInt(arg, Next()) };
                        break;
                    case "--cold-starts":
                        options = options with { ColdStarts = PositiveInt(arg, Next()) };
                        break;
                    case "--fragments":
                        options = options with { FragmentsPerArticle = PositiveInt(arg, Next()) };
                        break;
                    case "--work":
                        options = options with { WorkFolder = Next() };
                        break;
                    case "--postgres":
                        options = options with { Postgres = Next() };
                        break;
                    case "--corpus":
                        options = options with { CorpusFolder = Next() };
                        break;
                    case "--verbose":
                        options = options with { Verbose = true };
                        break;
                    case "--half":
                        var half = Next();
                        options = options with { EntityHalf = half is "even" or "odd" ? half : throw new ArgumentException($"--half is even or odd, got {half}") };
                        break;
                    case "--fresh":
                        options = options with { FreshData = true };
                        break;
                    case "--no-fts5":
                        options = options with { SkipFts5 = true };
                        break;
                    case "--micro":
                        return (options with { Micro = true, MicroArguments = [.. args.Skip(i + 1)] }, null);
                    case "--help" or "-h":
                        return (null, null);
                    default:
                        return (null, $"Unknown argument '{arg}'.");
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                return (null, e.Message);
            }
        }
        return (options, null);
    }

    private static int PositiveInt(string name, string value)
    {
        var parsed = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        return parsed > 0 ? parsed : throw new ArgumentException($"{name} must be positive, got {value}");
    }

    private static BenchmarkParts ParseParts(string value)
    {
        var parts = BenchmarkParts.None;
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            parts |= name.ToLowerInvariant() switch
            {
                "import" => BenchmarkParts.Import,
                "search" => BenchmarkParts.Search,
                "http" => BenchmarkParts.Http,
                "memory" => BenchmarkParts.Memory,
                "bulktag" => BenchmarkParts.BulkTag,
                "research" => BenchmarkParts.Research,
                "text" => BenchmarkParts.Text,
                "extraction" => BenchmarkParts.Extraction,
                "quality" => BenchmarkParts.Quality,
                "mixed" => BenchmarkParts.Mixed,
                "relevance" => BenchmarkParts.Relevance,
                "entities" => BenchmarkParts.Entities,
                "copies" => BenchmarkParts.Copies,
                "nodes" => BenchmarkParts.Nodes,
                _ => throw new ArgumentException($"--only takes import, search, http, memory, bulktag, research, relevance, mixed, nodes, text, extraction, quality, entities or copies, not '{name}'"),
            };
        }
        return parts == BenchmarkParts.None ? throw new ArgumentException("--only needs at least one part") : parts;
    }
}
