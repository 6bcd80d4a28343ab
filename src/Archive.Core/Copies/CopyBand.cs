namespace Archive.Core.Copies;

/// <summary>One LSH band of an article's signature (<see cref="MinHash.BandKeys"/>); articles sharing a key are compared.</summary>
public class CopyBand
{
    public int Key { get; set; }
    public int ArticleId { get; set; }
}
