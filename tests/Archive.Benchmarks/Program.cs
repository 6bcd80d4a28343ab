using Archive.Benchmarks;
using Archive.Benchmarks.Corpus;

var (options, error) = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error ?? BenchmarkOptions.Usage);
    if (error is not null)
        Console.Error.WriteLine(BenchmarkOptions.Usage);
    return error is null ? 0 : 2;
}

var paths = RepositoryPaths.Locate();
var work = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "archive-bench");
var seeds = Directory.GetFiles(paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
var generator = new CorpusGenerator(seeds);
var sw = System.Diagnostics.Stopwatch.StartNew();
var manifest = generator.EnsureGenerated(work, options.Articles, options.Seed, Console.WriteLine);
Console.WriteLine($"{sw.Elapsed.TotalSeconds:F1}s");
return 0;
