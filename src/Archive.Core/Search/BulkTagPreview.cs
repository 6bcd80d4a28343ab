using Archive.Core.Tagging;

namespace Archive.Core.Search;

/// <summary>What a bulk tagging would do, stated before it is done.</summary>
/// <param name="Matching">Articles in the whole result set.</param>
/// <param name="Carrying">Of those, how many already carry the tag.</param>
public sealed record BulkTagPreview(BulkTagCode Code, BulkTagOperation Operation, TagRef? Tag = null, int Matching = 0, int Carrying = 0)
{
    public bool Succeeded => Code == BulkTagCode.Ok;

    /// <summary>How many articles would gain (add) or lose (remove) the tag.</summary>
    public int WouldChange => Operation == BulkTagOperation.Add ? Matching - Carrying : Carrying;
}
