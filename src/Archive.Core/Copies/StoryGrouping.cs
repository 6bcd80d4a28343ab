using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Copies;

/// <summary>
/// Copy detection for one batch: the stored articles sharing a band with any of the batch's signatures
/// are loaded in two queries, then each article of the batch is matched in turn against them and against
/// the batch's earlier articles. A match joins the story of the most similar article at or above
/// <see cref="MinHash.CopyThreshold"/>; a lone article that gets its first copy becomes its story's first.
/// </summary>
internal sealed class StoryGrouping
{
    private readonly Dictionary<int, List<Member>> _byBand = [];

    private StoryGrouping()
    {
    }

    /// <summary>Articles that became a story's first in this batch: their StoryId (their own id) is still to be written and indexed.</summary>
    public HashSet<int> NewFirsts { get; } = [];

    public static async Task<StoryGrouping> LoadAsync(ArchiveDbContext db, IEnumerable<int[]> bandKeys, CancellationToken cancellationToken)
    {
        var grouping = new StoryGrouping();
        var keys = bandKeys.SelectMany(k => k).Distinct().ToList();
        if (keys.Count == 0)
            return grouping;
        var bands = await db.CopyBands.AsNoTracking()
            .Where(b => EF.Parameter(keys).Contains(b.Key))
            .Select(b => new { b.Key, b.ArticleId })
            .ToListAsync(cancellationToken);
        if (bands.Count == 0)
            return grouping;
        var ids = bands.Select(b => b.ArticleId).Distinct().ToList();
        var members = (await (
                    from signature in db.ArticleSignatures.AsNoTracking()
                    join article in db.Articles.AsNoTracking() on signature.ArticleId equals article.Id
                    where EF.Parameter(ids).Contains(signature.ArticleId)
                    select new { signature.ArticleId, signature.Hashes, article.StoryId })
                .ToListAsync(cancellationToken))
            .ToDictionary(m => m.ArticleId, m => new Member(m.ArticleId, m.StoryId, MinHash.FromBytes(m.Hashes)));
        foreach (var band in bands)
        {
            if (members.TryGetValue(band.ArticleId, out var member))
                grouping.Index(band.Key, member);
        }
        return grouping;
    }

    /// <summary>
    /// The story the text belongs to (its first article's id), or null when nothing stored or earlier in
    /// the batch is a copy of it. <paramref name="self"/> (an article being re-signed) never matches itself.
    /// </summary>
    public int? StoryFor(uint[] signature, int[] keys, int? self)
    {
        Member? best = null;
        var bestSimilarity = MinHash.CopyThreshold;
        foreach (var key in keys)
        {
            if (!_byBand.TryGetValue(key, out var members))
                continue;
            foreach (var member in members)
            {
                if (member.Id == self || member == best)
                    continue;
                var similarity = MinHash.Similarity(signature, member.Signature);
                if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity || member.Id < best.Id))
                {
                    best = member;
                    bestSimilarity = similarity;
                }
            }
        }
        if (best is null)
            return null;
        if (best.StoryId is null)
        {
            best.StoryId = best.Id;
            NewFirsts.Add(best.Id);
        }
        return best.StoryId;
    }

    /// <summary>Makes an article of this batch (now with its id) a candidate for the batch's later articles.</summary>
    public void Add(int id, int? storyId, uint[] signature, int[] keys)
    {
        var member = new Member(id, storyId, signature);
        foreach (var key in keys)
            Index(key, member);
    }

    private void Index(int key, Member member)
    {
        if (!_byBand.TryGetValue(key, out var members))
            _byBand[key] = members = [];
        members.Add(member);
    }

    private sealed class Member(int id, int? storyId, uint[] signature)
    {
        public int Id { get; } = id;
        public int? StoryId { get; set; } = storyId;
        public uint[] Signature { get; } = signature;
    }
}
