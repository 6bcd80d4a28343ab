using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Archive.Core.Data;

namespace Archive.Core.Importing;

/// <summary>The pipeline's run log: how a run ends (status, reason, time) and what the log says about each file.</summary>
internal sealed class ImportRunLog(ArchiveDbContext db, ILogger logger, TimeProvider time)
{
    private const int MaxSourceLength = 2000;

    public void Log(int runId, ImportDecision decision)
    {
        var file = decision.Candidate.File;
        if (decision.Candidate.Article?.EncodingFallback is { } encoding)
        {
            logger.LogWarning(
                "Import {ImportRunId}: {File} is not valid UTF-8; read it as {Encoding}", runId, file.RelativeName, encoding);
        }
        if (decision.Outcome == ImportFileOutcome.Failed)
        {
            logger.LogWarning(
                decision.Candidate.Exception,
                "Import {ImportRunId}: {File} failed: {Reason}", runId, file.FullPath, decision.Reason?.Describe());
        }
    }

    public async Task FinishRunAsync(int runId, ImportRunStatus status, ImportReason? reason = null)
    {
        db.ChangeTracker.Clear();
        var finishedAt = time.GetUtcNow().UtcDateTime;
        var text = reason?.Describe();
        if (text is { Length: > MaxSourceLength })
            text = text[..MaxSourceLength];
        var arguments = reason is { Arguments.Count: > 0 } ? Cut(reason.ArgumentsJson(), MaxSourceLength) : null;
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, status)
                .SetProperty(r => r.FinishedAt, finishedAt)
                .SetProperty(r => r.StatusReason, text)
                .SetProperty(r => r.StatusCode, reason == null ? null : reason.Code)
                .SetProperty(r => r.StatusArguments, arguments),
            CancellationToken.None);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
