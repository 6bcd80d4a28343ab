using System.Buffers.Binary;
using Archive.Core.Text;

namespace Archive.Core.Copies;

/// <summary>
/// MinHash over word shingles: a fixed-size sketch of an article's text whose agreement with another
/// sketch estimates the Jaccard similarity of their sets of four-word runs (five lost too much to a
/// few re-edited words: one changed word breaks every shingle it is in). Words are the text's
/// letter-and-digit runs, folded (<see cref="TextFolding"/>), so re-wrapping, re-splitting paragraphs,
/// accents and case change nothing; one pass over the characters, nothing allocated per shingle.
/// </summary>
public static class MinHash
{
    public const int HashCount = 128;
    public const int ShingleWords = 4;

    /// <summary>LSH bands: <see cref="Bands"/> bands of <see cref="RowsPerBand"/> hashes each; two texts whose
    /// signatures agree on one whole band are compared. At 16 × 3 a pair at similarity 0.5 is found 88% of
    /// the time, at 0.6 98%, at 0.7 99.9%, at 0.2 only 12% (and then rejected by the full comparison), at 0.05
    /// 0.2%. Every band is a row written and looked up per article: 24 bands found the 0.5 pairs a little more
    /// often (96%) for half as many rows again, and the held-out copies of the copies benchmark, which sit well
    /// above 0.5, were found as often with 16.</summary>
    public const int Bands = 16;
    public const int RowsPerBand = 3;

    /// <summary>At or above this estimated similarity two texts are copies of one story.</summary>
    public const double CopyThreshold = 0.5;

    public const int SignatureBytes = HashCount * sizeof(uint);

    // Fixed, so signatures stored by one version compare with the next: odd multipliers and offsets of
    // the permutations h_i(x) = a_i·x + b_i (mod 2^32) of a shingle's mixed hash, computed a vector at a time.
    private static readonly uint[] _multipliers = Constants(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly uint[] _offsets = Constants(0xD1B54A32D192ED03UL, odd: false);

    /// <summary>The signature of the paragraphs (titles differ between outlets, so they are left out); null when they hold no word.</summary>
    public static uint[]? Compute(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var signature = new uint[HashCount];
        Array.Fill(signature, uint.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var words = 0;
        const ulong FnvOffset = 14695981039346656037UL;
        const ulong FnvPrime = 1099511628211UL;
        foreach (var paragraph in paragraphs)
        {
            var word = FnvOffset;
            var inWord = false;
            // One character past the end closes the paragraph's last word; words run on across paragraphs.
            for (var i = 0; i <= paragraph.Length; i++)
            {
                var c = i < paragraph.Length ? paragraph[i] : ' ';
                if (char.IsLetterOrDigit(c))
                {
                    word = (word ^ TextFolding.Fold(c)) * FnvPrime;
                    inWord = true;
                    continue;
                }
                if (!inWord)
                    continue;
                window[words % ShingleWords] = word;
                words++;
                word = FnvOffset;
                inWord = false;
                if (words >= ShingleWords)
                    Add(signature, Shingle(window, words));
            }
        }
        if (words == 0)
            return null;
        if (words < ShingleWords)
            Add(signature, Shingle(window[..words], words));
        return signature;
    }

    /// <summary>The share of hashes two signatures agree on: the estimated Jaccard similarity of their shingle sets.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != HashCount || b.Length != HashCount)
            throw new ArgumentException($"Signatures have {HashCount} hashes.");
        var same = 0;
        for (var i = 0; i < HashCount; i++)
        {
            if (a[i] == b[i])
                same++;
        }
        return same / (double)HashCount;
    }

    /// <summary>
    /// One key per band: the band's number and its hashes, mixed and folded to 32 bits (the stored, indexed
    /// value). Two unrelated bands share a key about once in 4 billion; 100,000 articles hold 1.6 million
    /// keys, so a new article meets a stranger's key about once in 170 look-ups, and the full comparison
    /// turns it away. Half the bytes of 64-bit keys in the largest index of the database.
    /// </summary>
    public static int[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new int[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < RowsPerBand; row++)
                h = Mix(h ^ signature[(band * RowsPerBand) + row]);
            keys[band] = unchecked((int)(uint)(h ^ (h >> 32)));
        }
        return keys;
    }

    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[SignatureBytes];
        for (var i = 0; i < HashCount; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature[i]);
        return bytes;
    }

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != SignatureBytes)
            throw new ArgumentException($"A stored signature has {SignatureBytes} bytes, not {bytes.Length}.");
        var signature = new uint[HashCount];
        for (var i = 0; i < HashCount; i++)
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        return signature;
    }

    /// <summary>The shingle ending at word <paramref name="words"/>, its words in reading order.</summary>
    private static ulong Shingle(ReadOnlySpan<ulong> window, int words)
    {
        var h = 0UL;
        var length = window.Length;
        for (var i = 0; i < length; i++)
            h = Mix(h ^ window[(words + i) % length]);
        return h;
    }

    private static void Add(uint[] signature, ulong shingle)
    {
        var x = new System.Numerics.Vector<uint>((uint)(shingle ^ (shingle >> 32)));
        var width = System.Numerics.Vector<uint>.Count;
        for (var i = 0; i < HashCount; i += width)
        {
            var hashed = (new System.Numerics.Vector<uint>(_multipliers, i) * x) + new System.Numerics.Vector<uint>(_offsets, i);
            System.Numerics.Vector.Min(hashed, new System.Numerics.Vector<uint>(signature, i)).CopyTo(signature, i);
        }
    }

    /// <summary>The SplitMix64 finaliser: every input bit reaches every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static uint[] Constants(ulong seed, bool odd)
    {
        var values = new uint[HashCount];
        var state = seed;
        for (var i = 0; i < HashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var value = (uint)(Mix(state) >> 32);
            values[i] = odd ? value | 1U : value;
        }
        return values;
    }
}
