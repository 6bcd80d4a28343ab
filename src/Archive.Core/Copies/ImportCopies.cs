using System.Runtime.CompilerServices;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Importing;

namespace Archive.Core.Copies;

/// <summary>
/// The import pipeline's copy step for one batch: after the de-duplicate step (exact copies are refused
/// there, by content hash), each new or updated article is matched against the archive and the batch's
/// earlier articles and joins the story it is a syndicated copy in; its signature and bands are stored.
/// </summary>
internal sealed class ImportCopies
{
    private readonly StoryGrouping _grouping;
    private readonly ConditionalWeakTable<Article, Signed> _signed;

    private ImportCopies(StoryGrouping grouping, ConditionalWeakTable<Article, Signed> signed)
    {
        _grouping = grouping;
        _signed = signed;
    }

    public static async Task<ImportCopies> PrepareAsync(ArchiveDbContext db, IEnumerable<ImportDecision> decisions, CancellationToken cancellationToken)
    {
        var signed = new ConditionalWeakTable<Article, Signed>();
        var keys = new List<int[]>();
        foreach (var decision in decisions)
        {
            if (decision.Outcome != ImportFileOutcome.Imported || decision.Entity is not { } article || decision.Candidate.Signature is not { } signature)
                continue;
            // An article updated twice in one batch keeps the text it was filled with last.
            var entry = new Signed(signature, MinHash.BandKeys(signature));
            signed.AddOrUpdate(article, entry);
            keys.Add(entry.Keys);
        }
        return new ImportCopies(await StoryGrouping.LoadAsync(db, keys, cancellationToken), signed);
    }

    /// <summary>Before the article is written: the story it joins, if it has none yet.</summary>
    public void Group(Article article)
    {
        if (article.StoryId is null && _signed.TryGetValue(article, out var entry))
            article.StoryId = _grouping.StoryFor(entry.Signature, entry.Keys, article.Id == 0 ? null : article.Id);
    }

    /// <summary>Once the article has its id: its signature stored, and offered to the batch's later articles.</summary>
    public void Write(Article article, CopyWriter writer, bool replace)
    {
        if (!_signed.TryGetValue(article, out var entry))
            return;
        writer.Write(article.Id, entry.Signature, entry.Keys, article.ContentHash, replace);
        _grouping.Add(article.Id, article.StoryId, entry.Signature, entry.Keys);
    }

    /// <summary>Writes the story id of the articles that became a story's first; returns them, to be re-indexed.</summary>
    public IReadOnlyCollection<int> MarkFirsts(CopyWriter writer)
    {
        foreach (var id in _grouping.NewFirsts)
            writer.MarkFirst(id);
        return _grouping.NewFirsts;
    }

    private sealed record Signed(uint[] Signature, int[] Keys);
}
