using CsCheck;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// One setting for every property test. In CI the cases are fixed: iteration i is generated from the
/// PCG seed (<see cref="Stream"/>, <see cref="BaseSeed"/> + i), so every run checks the same inputs and
/// a failure names the seed that reproduces it. CsCheck's own <c>seed</c> argument only fixes the first
/// iteration, which is why each case is its own one-iteration sample. Bounded iterations on one thread
/// keep the fuzzing to seconds of the suite.
/// </summary>
internal static class Fuzz
{
    private const uint Stream = 14;
    private const ulong BaseSeed = 20_261_202;

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Corpus");

    public static void Check<T>(Gen<T> gen, Action<T> property, long iterations)
    {
        // A local hunt for new cases: CsCheck_Seed=… reruns a printed seed, CsCheck_Hunt=1 samples at
        // random with shrinking. A case worth keeping goes into Corpus/.
        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } || Environment.GetEnvironmentVariable("CsCheck_Hunt") == "1")
        {
            gen.Sample(property, iter: iterations, threads: 1);
            return;
        }
        for (var i = 0UL; i < (ulong)iterations; i++)
            gen.Sample(property, seed: new PCG(Stream, BaseSeed + i).ToString(), iter: 1, threads: 1);
    }
}
