using System.Globalization;
using Archive.Core.Articles;

namespace Archive.Core.Importing;

/// <summary>
/// What became of one file. A duplicate of an article added earlier in the same batch only
/// learns that article's id once the batch is saved, hence the entity reference.
/// </summary>
internal sealed record ImportDecision(ImportCandidate Candidate, ImportFileOutcome Outcome, ImportReason? GivenReason, int? ExistingId, Article? Entity)
{
    public int? ArticleId => Outcome == ImportFileOutcome.Failed ? null : ExistingId ?? Entity?.Id;

    public ImportReason? Reason => Outcome == ImportFileOutcome.Duplicate
        ? ImportReason.Of(ImportReasonCode.Duplicate, ArticleId ?? 0)
        : GivenReason;
}
