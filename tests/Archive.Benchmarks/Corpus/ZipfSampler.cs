namespace Archive.Benchmarks.Corpus;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent.</summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = sum;
        }
        for (var rank = 0; rank < count; rank++)
            _cumulative[rank] /= sum;
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    /// <summary>Probability of one rank, for estimating how many articles a word lands in.</summary>
    public double Probability(int rank) => rank == 0 ? _cumulative[0] : _cumulative[rank] - _cumulative[rank - 1];
}
