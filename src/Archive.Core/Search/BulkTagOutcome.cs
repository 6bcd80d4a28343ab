using Archive.Core.Tagging;

namespace Archive.Core.Search;

/// <param name="Matching">Articles in the result set when it was applied.</param>
/// <param name="Changed">Articles that actually gained or lost the tag.</param>
/// <param name="ResultChanged">The result set's size differs from what the preview showed: it was applied to the current set.</param>
public sealed record BulkTagOutcome(
    BulkTagCode Code, BulkTagOperation Operation, TagRef? Tag = null, int Matching = 0, int Changed = 0, bool ResultChanged = false)
{
    public bool Succeeded => Code == BulkTagCode.Ok;
}
