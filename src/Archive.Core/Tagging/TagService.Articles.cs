using System.Text.Json;
using Archive.Core.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tagging;

public sealed partial class TagService
{
    /// <summary>
    /// Idempotent: tagging an article that already carries the tag succeeds with
    /// <see cref="TagEditResult.ArticlesAffected"/> 0. Two editors tagging at once never create a
    /// duplicate: the insert yields to the (ArticleId, TagId) key instead of failing on it.
    /// </summary>
    public Task<TagEditResult> TagArticleAsync(int articleId, int tagId, TagActor actor, CancellationToken cancellationToken = default) =>
        TagOneAsync(articleId, tagId, actor, tagging: true, cancellationToken);

    /// <summary>Idempotent, like <see cref="TagArticleAsync"/>.</summary>
    public Task<TagEditResult> UntagArticleAsync(int articleId, int tagId, TagActor actor, CancellationToken cancellationToken = default) =>
        TagOneAsync(articleId, tagId, actor, tagging: false, cancellationToken);

    /// <summary>
    /// Tags every listed article that exists and lacks the tag; ids of missing articles are skipped.
    /// <see cref="TagEditResult.ArticlesAffected"/> counts the articles that actually gained the tag.
    /// </summary>
    public Task<TagEditResult> BulkTagAsync(
        IReadOnlyCollection<int> articleIds, int tagId, TagActor actor, CancellationToken cancellationToken = default) =>
        BulkAsync(articleIds, tagId, actor, tagging: true, cancellationToken);

    public Task<TagEditResult> BulkUntagAsync(
        IReadOnlyCollection<int> articleIds, int tagId, TagActor actor, CancellationToken cancellationToken = default) =>
        BulkAsync(articleIds, tagId, actor, tagging: false, cancellationToken);

    private Task<TagEditResult> TagOneAsync(int articleId, int tagId, TagActor actor, bool tagging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(async now =>
        {
            var tag = await db.Tags.AsNoTracking().Where(t => t.Id == tagId).Select(t => new { t.Id, t.Slug }).SingleOrDefaultAsync(cancellationToken);
            if (tag is null)
                return TagEditResult.Fail(TagEditCode.NotFound);
            if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
                return TagEditResult.Fail(TagEditCode.ArticleNotFound);

            var changed = tagging
                ? await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ArticleTags" ("ArticleId", "TagId", "TaggedAt", "TaggedBy")
                    VALUES ({articleId}, {tagId}, {now}, {actor.UserId})
                    ON CONFLICT DO NOTHING
                    """, cancellationToken)
                : await db.ArticleTags.Where(at => at.ArticleId == articleId && at.TagId == tagId).ExecuteDeleteAsync(cancellationToken);
            if (changed == 0)
                return new TagEditResult(TagEditCode.Ok);

            db.TagChanges.Add(new TagChange
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Kind = tagging ? TagChangeKind.ArticleTagged : TagChangeKind.ArticleUntagged,
                TagId = tag.Id,
                TagSlug = tag.Slug,
                ArticleId = articleId,
            });
            await db.SaveChangesAsync(cancellationToken);
            // By table, as the bulk path does (TagSql.OutboxFor): Tagging needs the outbox, not the search index's types.
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SearchOutbox" ("ArticleId", "EnqueuedAt") VALUES ({articleId}, {now})""", cancellationToken);
            return new TagEditResult(TagEditCode.Ok, ArticlesAffected: changed);
        }, cancellationToken);
    }

    /// <summary>
    /// Audit: one summary row with the count (what the recent-changes feed shows) plus one row per changed
    /// article under it, so each article's history stays complete; all written set-based, like the
    /// taggings and outbox rows.
    /// </summary>
    private Task<TagEditResult> BulkAsync(
        IReadOnlyCollection<int> articleIds, int tagId, TagActor actor, bool tagging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(async now =>
        {
            var tag = await db.Tags.AsNoTracking().Where(t => t.Id == tagId).Select(t => new { t.Id, t.Slug }).SingleOrDefaultAsync(cancellationToken);
            if (tag is null)
                return TagEditResult.Fail(TagEditCode.NotFound);
            if (articleIds.Count == 0)
                return new TagEditResult(TagEditCode.Ok);

            var kind = tagging ? TagChangeKind.ArticleTagged : TagChangeKind.ArticleUntagged;
            var articles = tagging ? TagSql.ListedNotCarryingTag : TagSql.ListedCarryingTag;
            var args = new TagSql.Args(now, tagId)
            {
                Actor = actor,
                Kind = kind,
                TagSlug = tag.Slug,
                ArticleIdsJson = JsonSerializer.Serialize(articleIds.Distinct()),
            };
            var (countSql, countParameters) = TagSql.For(db.Database, TagSql.Count(articles), args);
            var count = await db.Database.SqlQueryRaw<int>(countSql, countParameters).SingleAsync(cancellationToken);
            if (count == 0)
                return new TagEditResult(TagEditCode.Ok);

            var summary = new TagChange
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Kind = kind,
                TagId = tag.Id,
                TagSlug = tag.Slug,
                Details = new TagChangeDetails { ArticleCount = count }.ToJson(),
            };
            db.TagChanges.Add(summary);
            await db.SaveChangesAsync(cancellationToken);

            args = args with { ParentId = summary.Id };
            await ExecuteAsync(TagSql.AuditRowsFor(articles), args, cancellationToken);
            await ExecuteAsync(TagSql.OutboxFor(articles), args, cancellationToken);
            var changed = await ExecuteAsync(tagging ? TagSql.TagArticles(articles) : TagSql.UntagListedArticles, args, cancellationToken);
            (halt ?? DiagnosticHalt.Off).Reached(HaltPoint.BeforeBulkTagCommit);
            return new TagEditResult(TagEditCode.Ok, ArticlesAffected: changed);
        }, cancellationToken);
    }

    private Task<int> ExecuteAsync(string sql, TagSql.Args args, CancellationToken cancellationToken)
    {
        var (text, parameters) = TagSql.For(db.Database, sql, args);
        return db.Database.ExecuteSqlRawAsync(text, parameters, cancellationToken);
    }
}
