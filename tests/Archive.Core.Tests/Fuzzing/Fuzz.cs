using CsCheck;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// One setting for every property test: a fixed seed, so CI runs the same cases every time (a failure
/// prints the shrunk case and its seed to re-run), and a bounded number of iterations on one thread,
/// so the fuzzing costs the suite seconds, not minutes.
/// </summary>
internal static class Fuzz
{
    /// <summary>
    /// CsCheck_Seed in the environment overrides it (a local hunt with new cases); a case worth keeping
    /// goes into Corpus/ as a regression case.
    /// </summary>
    public static string? Seed => Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } seed ? seed : FixedSeed;

    /// <summary>A valid CsCheck seed (its PCG state, as CsCheck prints it).</summary>
    public const string FixedSeed = "0N0XIzNsQ0O2";

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Corpus");

    public static void Check<T>(Gen<T> gen, Action<T> property, long iterations) =>
        gen.Sample(property, seed: Seed, iter: iterations, threads: 1);
}
