namespace Archive.Core.Search;

/// <summary>
/// A word characteristic of a result set. <see cref="Word"/> is the form readers saw most often for
/// the <see cref="Stem"/>; <see cref="Count"/> of the sample's articles in <see cref="Language"/> hold it, against
/// <see cref="ArchiveCount"/> of the archive's; <see cref="Score"/> is Dunning's log-likelihood (G²) of the two.
/// </summary>
public sealed record TopWord(string Word, string Stem, string Language, int Count, int ArchiveCount, double Score);
