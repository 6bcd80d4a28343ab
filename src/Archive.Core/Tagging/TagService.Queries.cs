using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tagging;

public sealed partial class TagService
{
    public const int MaxSuggestions = 50;
    public const int MaxChangesPageSize = 200;

    public Task<TagDetails?> FindByIdAsync(int tagId, CancellationToken cancellationToken = default) =>
        DetailsAsync(tagId, cancellationToken);

    /// <summary>
    /// Finds a tag by its slug or any slug it had before a rename or merge. The slug is normalized first
    /// ("Corea-Del-Norte" finds "corea-del-norte"); <see cref="TagLookup.Redirected"/> is true whenever the
    /// slug asked for is not the tag's current one, so pages can answer with a permanent redirect.
    /// </summary>
    public async Task<TagLookup?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var normalized = TagSlugs.FromText(slug);
        if (normalized.Length == 0)
            return null;
        var tagId = await db.Tags.Where(t => t.Slug == normalized).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? await db.TagSlugRedirects.Where(r => r.OldSlug == normalized).Select(r => (int?)r.TagId).SingleOrDefaultAsync(cancellationToken);
        if (tagId is null)
            return null;
        var details = await DetailsAsync(tagId.Value, cancellationToken);
        return details is null ? null : new TagLookup(details, Redirected: details.Slug != slug);
    }

    public async Task<IReadOnlyList<TagListItem>> ListTagsAsync(TagListSort sort = TagListSort.LabelEs, CancellationToken cancellationToken = default)
    {
        var rows = db.Tags.AsNoTracking().Select(t => new
        {
            t.Id,
            t.Slug,
            t.LabelEs,
            t.LabelEn,
            t.LabelEsKey,
            t.LabelEnKey,
            Count = db.ArticleTags.Count(at => at.TagId == t.Id),
        });
        // Folded keys sort "Árbol" with the A's, which SQLite's binary collation on the labels would not.
        rows = sort switch
        {
            TagListSort.LabelEn => rows.OrderBy(r => r.LabelEnKey),
            TagListSort.ArticleCount => rows.OrderByDescending(r => r.Count).ThenBy(r => r.LabelEsKey),
            TagListSort.Slug => rows.OrderBy(r => r.Slug),
            _ => rows.OrderBy(r => r.LabelEsKey),
        };
        return await rows
            .Select(r => new TagListItem(r.Id, r.Slug, r.LabelEs, r.LabelEn, r.Count))
            .ToListAsync(cancellationToken);
    }

    public Task<int> CountArticlesAsync(int tagId, CancellationToken cancellationToken = default) =>
        db.ArticleTags.CountAsync(at => at.TagId == tagId, cancellationToken);

    /// <summary>How many of the listed articles carry the tag (ids of missing articles count for nothing).</summary>
    public async Task<int> CountCarryingAsync(IReadOnlyCollection<int> articleIds, int tagId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
            return 0;
        var args = new TagSql.Args(default, tagId) { ArticleIdsJson = JsonSerializer.Serialize(articleIds.Distinct()) };
        var (sql, parameters) = TagSql.For(db.Database, TagSql.Count(TagSql.ListedCarryingTag), args);
        return await db.Database.SqlQueryRaw<int>(sql, parameters).SingleAsync(cancellationToken);
    }

    /// <summary>The tags with these current slugs, keyed by slug; unknown slugs are left out.</summary>
    public async Task<IReadOnlyDictionary<string, TagRef>> FindBySlugsAsync(IEnumerable<string> slugs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var wanted = slugs.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
            return new Dictionary<string, TagRef>(StringComparer.Ordinal);
        return await db.Tags.AsNoTracking()
            .Where(t => wanted.Contains(t.Slug))
            .Select(t => new TagRef(t.Id, t.Slug, t.LabelEs, t.LabelEn))
            .ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The tags of each listed article (every id is a key; untagged articles map to an empty list), by Spanish label.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<TagRef>>> TagsForArticlesAsync(
        IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var ids = articleIds.Distinct().ToArray();
        var rows = ids.Length == 0
            ? []
            : await db.ArticleTags.AsNoTracking()
                .Where(at => ids.Contains(at.ArticleId))
                .OrderBy(at => at.Tag!.LabelEsKey)
                .Select(at => new { at.ArticleId, Tag = new TagRef(at.Tag!.Id, at.Tag.Slug, at.Tag.LabelEs, at.Tag.LabelEn) })
                .ToListAsync(cancellationToken);
        var byArticle = rows.ToLookup(r => r.ArticleId, r => r.Tag);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<TagRef>)byArticle[id].ToList());
    }

    /// <summary>
    /// Autocomplete over both labels, ignoring case and accents, matching the start of any word
    /// ("core" and "norte" both find "Corea del Norte"). Label-start matches first, then the most used.
    /// </summary>
    public async Task<IReadOnlyList<TagRef>> SuggestAsync(string prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        var folded = TagLabels.Fold(prefix);
        if (folded.Length == 0)
            return [];
        var wordStart = " " + folded;
        return await db.Tags.AsNoTracking()
            .Where(t => (" " + t.LabelEsKey).Contains(wordStart) || (" " + t.LabelEnKey).Contains(wordStart))
            .OrderByDescending(t => t.LabelEsKey.StartsWith(folded) || t.LabelEnKey.StartsWith(folded))
            .ThenByDescending(t => db.ArticleTags.Count(at => at.TagId == t.Id))
            .ThenBy(t => t.LabelEsKey)
            .Take(Math.Clamp(limit, 1, MaxSuggestions))
            .Select(t => new TagRef(t.Id, t.Slug, t.LabelEs, t.LabelEn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Tags whose Spanish or English label, folded, equals one of the terms or phrases, so a query in one
    /// language finds articles tagged in the other ("north korea" → "Corea del Norte / North Korea").
    /// Terms are folded here with <see cref="TagLabels.Fold"/> (idempotent), so raw or folded input both work.
    /// </summary>
    public async Task<IReadOnlyList<TagLabelMatch>> TagLabelsMatchingAsync(
        IEnumerable<string> foldedTermsOrPhrases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(foldedTermsOrPhrases);
        var keys = foldedTermsOrPhrases.Select(TagLabels.Fold).Where(k => k.Length > 0).Distinct().ToArray();
        if (keys.Length == 0)
            return [];
        var tags = await db.Tags.AsNoTracking()
            .Where(t => keys.Contains(t.LabelEsKey) || keys.Contains(t.LabelEnKey))
            .Select(t => new { Ref = new TagRef(t.Id, t.Slug, t.LabelEs, t.LabelEn), t.LabelEsKey, t.LabelEnKey })
            .ToListAsync(cancellationToken);
        return [.. from key in keys
                   from tag in tags
                   where tag.LabelEsKey == key || tag.LabelEnKey == key
                   select new TagLabelMatch(tag.Ref, key)];
    }

    /// <summary>Every tagging change of one article, newest first, including its share of bulk actions, merges and deletes.</summary>
    public async Task<IReadOnlyList<TagChangeView>> ArticleHistoryAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var rows = await db.TagChanges.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    /// <summary>
    /// The audit feed, newest first, one line per action: a bulk action, merge or delete shows as its
    /// summary row (with the article count), not as one line per article. A tag filter also finds merges
    /// into that tag. <paramref name="page"/> starts at 1.
    /// </summary>
    public async Task<TagChangePage> RecentChangesAsync(
        TagChangeFilter filter, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxChangesPageSize);

        var query = db.TagChanges.AsNoTracking().Where(c => c.ParentId == null);
        if (filter.UserId is not null)
            query = query.Where(c => c.UserId == filter.UserId);
        if (filter.TagId is { } tagId)
            query = query.Where(c => c.TagId == tagId || c.RelatedTagId == tagId);
        if (filter.Kind is { } kind)
            query = query.Where(c => c.Kind == kind);
        if (filter.Since is { } since)
            query = query.Where(c => c.At >= since);

        var rows = await query
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        return new TagChangePage([.. rows.Take(pageSize).Select(ToView)], page, pageSize, HasMore: rows.Count > pageSize);
    }

    private static TagChangeView ToView(TagChange c) => new(
        c.Id, c.At, c.UserId, c.UserName, c.Kind, c.TagId, c.TagSlug, c.RelatedTagId, c.ArticleId, c.ParentId,
        TagChangeDetails.FromJson(c.Details));

    private Task<TagDetails?> DetailsAsync(int tagId, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().Where(t => t.Id == tagId).Select(DetailsProjection).SingleOrDefaultAsync(cancellationToken);

    private async Task<TagRef?> RefAsync(int tagId, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().Where(t => t.Id == tagId)
            .Select(t => new TagRef(t.Id, t.Slug, t.LabelEs, t.LabelEn))
            .SingleOrDefaultAsync(cancellationToken);

    private Expression<Func<Tag, TagDetails>> DetailsProjection => t => new TagDetails(
        t.Id, t.Slug, t.LabelEs, t.LabelEn, t.Description,
        db.ArticleTags.Count(at => at.TagId == t.Id),
        t.CreatedAt, t.CreatedBy, t.UpdatedAt, t.UpdatedBy, t.Version);
}
