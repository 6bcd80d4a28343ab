namespace Archive.Benchmarks.Reporting;

/// <summary>Latency percentiles from individual timings (nearest-rank, no interpolation).</summary>
public readonly record struct LatencyStats(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return default;
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, sorted.Average(), Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
