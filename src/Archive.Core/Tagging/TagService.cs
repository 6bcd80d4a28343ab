using Archive.Core.Data;
using Archive.Core.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Archive.Core.Tagging;

/// <summary>
/// Curates the tag vocabulary and which articles carry which tags. Each command is one write
/// transaction that also writes its audit rows and a search outbox row for every article whose
/// tags, or the labels and slugs it shows for them, changed. Expected outcomes come back as
/// <see cref="TagEditResult"/> codes, never as exceptions. Meant for a per-request DbContext.
/// </summary>
public sealed partial class TagService(ArchiveDbContext db, TimeProvider clock, DiagnosticHalt? halt = null)
{
    public Task<TagEditResult> CreateAsync(
        string labelEs, string labelEn, string? description, TagActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var invalid = Validate(labelEs, labelEn, description);
        if (invalid is not null)
            return Task.FromResult(TagEditResult.Fail(invalid.Value));

        return WriteAsync(async now =>
        {
            var tag = new Tag
            {
                Slug = "",
                Description = TidyDescription(description),
                CreatedAt = now,
                CreatedBy = actor.UserId,
                UpdatedAt = now,
                UpdatedBy = actor.UserId,
                Version = 1,
            };
            tag.Relabel(labelEs, labelEn);
            var taken = await LabelTakenAsync(labelEs, labelEn, tag.Id, cancellationToken);
            if (taken is not null)
                return taken;

            tag.Slug = await FreeSlugAsync(TagSlugs.FromText(tag.LabelEs), tag.Id, cancellationToken);
            db.Tags.Add(tag);
            await db.SaveChangesAsync(cancellationToken);

            db.TagChanges.Add(NewChange(actor, now, TagChangeKind.TagCreated, tag, new TagChangeDetails
            {
                LabelEsAfter = tag.LabelEs,
                LabelEnAfter = tag.LabelEn,
            }));
            await db.SaveChangesAsync(cancellationToken);
            return await OkAsync(tag.Id, 0, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Changes labels and description. <paramref name="expectedVersion"/> is the <see cref="TagDetails.Version"/>
    /// the editor's form was built from; if the tag moved on since, nothing is written and the result is
    /// <see cref="TagEditCode.Conflict"/> with the tag as it is now. The slug stays; see <see cref="RenameAsync"/>.
    /// </summary>
    public Task<TagEditResult> EditAsync(
        int tagId, int expectedVersion, string labelEs, string labelEn, string? description, TagActor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var invalid = Validate(labelEs, labelEn, description);
        if (invalid is not null)
            return Task.FromResult(TagEditResult.Fail(invalid.Value));

        return WriteAsync(async now =>
        {
            var tag = await LoadForUpdateAsync(tagId, cancellationToken);
            if (tag is null)
                return TagEditResult.Fail(TagEditCode.NotFound);
            if (tag.Version != expectedVersion)
                return new TagEditResult(TagEditCode.Conflict, await DetailsAsync(tagId, cancellationToken));

            var taken = await LabelTakenAsync(labelEs, labelEn, tagId, cancellationToken);
            if (taken is not null)
                return taken;

            var before = new { tag.LabelEs, tag.LabelEn, tag.Description };
            tag.Relabel(labelEs, labelEn);
            tag.Description = TidyDescription(description);
            var labelsChanged = before.LabelEs != tag.LabelEs || before.LabelEn != tag.LabelEn;
            var descriptionChanged = before.Description != tag.Description;
            if (!labelsChanged && !descriptionChanged)
                return await OkAsync(tagId, 0, cancellationToken);

            Touch(tag, actor, now);
            db.TagChanges.Add(NewChange(actor, now, TagChangeKind.TagEdited, tag, new TagChangeDetails
            {
                LabelEsBefore = before.LabelEs == tag.LabelEs ? null : before.LabelEs,
                LabelEsAfter = before.LabelEs == tag.LabelEs ? null : tag.LabelEs,
                LabelEnBefore = before.LabelEn == tag.LabelEn ? null : before.LabelEn,
                LabelEnAfter = before.LabelEn == tag.LabelEn ? null : tag.LabelEn,
                DescriptionChanged = descriptionChanged ? true : null,
            }));
            await db.SaveChangesAsync(cancellationToken);

            // Labels are what the search matches tags by; a description is not indexed.
            var reindexed = labelsChanged
                ? await ExecuteAsync(TagSql.OutboxFor(TagSql.CarryingTag), new TagSql.Args(now, tagId), cancellationToken)
                : 0;
            return await OkAsync(tagId, reindexed, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Gives the tag a new slug: <paramref name="newSlug"/> (normalized like any slug), or when null one
    /// derived from its current Spanish label. The old slug keeps resolving to the tag.
    /// </summary>
    public Task<TagEditResult> RenameAsync(int tagId, string? newSlug, TagActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var requested = newSlug is null ? null : TagSlugs.FromText(newSlug);
        if (requested is { Length: 0 })
            return Task.FromResult(TagEditResult.Fail(TagEditCode.SlugInvalid));
        if (requested is not null && TagSlugs.IsReserved(requested))
            return Task.FromResult(TagEditResult.Fail(TagEditCode.SlugReserved));

        return WriteAsync(async now =>
        {
            var tag = await LoadForUpdateAsync(tagId, cancellationToken);
            if (tag is null)
                return TagEditResult.Fail(TagEditCode.NotFound);

            string slug;
            if (requested is null)
            {
                slug = await FreeSlugAsync(TagSlugs.FromText(tag.LabelEs), tag.Id, cancellationToken);
            }
            else
            {
                var holder = await SlugHolderAsync(requested, tag.Id, cancellationToken);
                if (holder is not null)
                    return TagEditResult.Fail(TagEditCode.SlugTaken, holder);
                slug = requested;
            }
            if (slug == tag.Slug)
                return await OkAsync(tagId, 0, cancellationToken);

            // Going back to one of its own old slugs: that slug is current again, not a redirect.
            await db.TagSlugRedirects.Where(r => r.OldSlug == slug && r.TagId == tag.Id).ExecuteDeleteAsync(cancellationToken);
            await AddRedirectAsync(tag.Slug, tag.Id, now, cancellationToken);
            var before = tag.Slug;
            tag.Slug = slug;
            Touch(tag, actor, now);
            db.TagChanges.Add(NewChange(actor, now, TagChangeKind.TagRenamed, tag, new TagChangeDetails
            {
                SlugBefore = before,
                SlugAfter = slug,
            }));
            await db.SaveChangesAsync(cancellationToken);

            var reindexed = await ExecuteAsync(TagSql.OutboxFor(TagSql.CarryingTag), new TagSql.Args(now, tagId), cancellationToken);
            return await OkAsync(tagId, reindexed, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Folds <paramref name="sourceTagId"/> into <paramref name="targetTagId"/>: its articles carry the target
    /// (once, however many carried both), its slugs redirect to the target and the source is gone.
    /// <see cref="TagEditResult.ArticlesAffected"/> is how many articles carried the source.
    /// </summary>
    public Task<TagEditResult> MergeAsync(int sourceTagId, int targetTagId, TagActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (sourceTagId == targetTagId)
            return Task.FromResult(TagEditResult.Fail(TagEditCode.SameTag));

        return WriteAsync(async now =>
        {
            var source = await LoadForUpdateAsync(sourceTagId, cancellationToken);
            var target = await LoadForUpdateAsync(targetTagId, cancellationToken);
            if (source is null || target is null)
                return TagEditResult.Fail(TagEditCode.NotFound);

            var carried = await db.ArticleTags.CountAsync(at => at.TagId == sourceTagId, cancellationToken);
            var summary = NewChange(actor, now, TagChangeKind.TagMerged, source, new TagChangeDetails
            {
                LabelEsBefore = source.LabelEs,
                LabelEnBefore = source.LabelEn,
                MergedIntoSlug = target.Slug,
                ArticleCount = carried,
            });
            summary.RelatedTagId = target.Id;
            db.TagChanges.Add(summary);
            await db.SaveChangesAsync(cancellationToken);

            var args = new TagSql.Args(now, sourceTagId)
            {
                Actor = actor,
                Kind = TagChangeKind.TagMerged,
                TagSlug = source.Slug,
                RelatedTagId = target.Id,
                ParentId = summary.Id,
            };
            await ExecuteAsync(TagSql.AuditRowsFor(TagSql.CarryingTag), args, cancellationToken);
            await ExecuteAsync(TagSql.OutboxFor(TagSql.CarryingTag), args, cancellationToken);
            await ExecuteAsync(TagSql.CopyTaggingsToRelatedTag, args, cancellationToken);
            await db.ArticleTags.Where(at => at.TagId == sourceTagId).ExecuteDeleteAsync(cancellationToken);
            await db.TagSlugRedirects.Where(r => r.TagId == sourceTagId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.TagId, targetTagId), cancellationToken);

            await AddRedirectAsync(source.Slug, targetTagId, now, cancellationToken);
            await RemoveTagAsync(source, cancellationToken);
            return await OkAsync(targetTagId, carried, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Deletes the tag; <see cref="TagEditResult.ArticlesAffected"/> is how many articles lost it.</summary>
    public Task<TagEditResult> DeleteAsync(int tagId, TagActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(async now =>
        {
            var tag = await LoadForUpdateAsync(tagId, cancellationToken);
            if (tag is null)
                return TagEditResult.Fail(TagEditCode.NotFound);

            var carried = await db.ArticleTags.CountAsync(at => at.TagId == tagId, cancellationToken);
            var summary = NewChange(actor, now, TagChangeKind.TagDeleted, tag, new TagChangeDetails
            {
                LabelEsBefore = tag.LabelEs,
                LabelEnBefore = tag.LabelEn,
                ArticleCount = carried,
            });
            db.TagChanges.Add(summary);
            await db.SaveChangesAsync(cancellationToken);

            var args = new TagSql.Args(now, tagId)
            {
                Actor = actor,
                Kind = TagChangeKind.TagDeleted,
                TagSlug = tag.Slug,
                ParentId = summary.Id,
            };
            await ExecuteAsync(TagSql.AuditRowsFor(TagSql.CarryingTag), args, cancellationToken);
            await ExecuteAsync(TagSql.OutboxFor(TagSql.CarryingTag), args, cancellationToken);
            await db.ArticleTags.Where(at => at.TagId == tagId).ExecuteDeleteAsync(cancellationToken);
            await db.TagSlugRedirects.Where(r => r.TagId == tagId).ExecuteDeleteAsync(cancellationToken);
            await RemoveTagAsync(tag, cancellationToken);
            return new TagEditResult(TagEditCode.Ok, ArticlesAffected: carried);
        }, cancellationToken);
    }

    private static TagEditCode? Validate(string labelEs, string labelEn, string? description)
    {
        if (TagLabels.Fold(labelEs).Length == 0 || TagLabels.Fold(labelEn).Length == 0)
            return TagEditCode.LabelRequired;
        if (TagLabels.Tidy(labelEs).Length > Tag.LabelMaxLength || TagLabels.Tidy(labelEn).Length > Tag.LabelMaxLength)
            return TagEditCode.LabelTooLong;
        if (TidyDescription(description)?.Length > Tag.DescriptionMaxLength)
            return TagEditCode.DescriptionTooLong;
        return null;
    }

    private static string? TidyDescription(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description.Trim().ReplaceLineEndings("\n");

    /// <summary>Checked before the tag is touched, so a refused edit leaves nothing modified in the context.</summary>
    private async Task<TagEditResult?> LabelTakenAsync(string labelEs, string labelEn, int ownerId, CancellationToken cancellationToken)
    {
        var esKey = TagLabels.Fold(labelEs);
        var enKey = TagLabels.Fold(labelEn);
        var clashes = await db.Tags.AsNoTracking()
            .Where(t => t.Id != ownerId && (t.LabelEsKey == esKey || t.LabelEnKey == enKey))
            .Select(t => new { Ref = new TagRef(t.Id, t.Slug, t.LabelEs, t.LabelEn), t.LabelEsKey })
            .ToListAsync(cancellationToken);
        var es = clashes.FirstOrDefault(c => c.LabelEsKey == esKey);
        if (es is not null)
            return TagEditResult.Fail(TagEditCode.LabelEsTaken, es.Ref);
        return clashes.Count > 0 ? TagEditResult.Fail(TagEditCode.LabelEnTaken, clashes[0].Ref) : null;
    }

    private async Task<TagRef?> SlugHolderAsync(string slug, int ownerId, CancellationToken cancellationToken)
    {
        var holderId = await db.Tags.Where(t => t.Slug == slug && t.Id != ownerId).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.TagSlugRedirects.Where(r => r.OldSlug == slug && r.TagId != ownerId).Select(r => (int?)r.TagId).FirstOrDefaultAsync(cancellationToken);
        return holderId is null ? null : await RefAsync(holderId.Value, cancellationToken);
    }

    /// <summary>
    /// Old slugs stay reserved for the tag they lead to, so a new tag gets "-2" rather than taking over old
    /// links; so does a label that folds to a route word ("Manage" → "manage-2").
    /// </summary>
    private async Task<string> FreeSlugAsync(string baseSlug, int ownerId, CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? baseSlug : TagSlugs.WithSuffix(baseSlug, n);
            if (!TagSlugs.IsReserved(candidate) && await SlugHolderAsync(candidate, ownerId, cancellationToken) is null)
                return candidate;
        }
    }

    /// <summary>
    /// A tag this context already tracks may hold values from an earlier read; the version check must see
    /// the database's, so a tracked tag is reloaded.
    /// </summary>
    private async Task<Tag?> LoadForUpdateAsync(int tagId, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<Tag>().FirstOrDefault(e => e.Entity.Id == tagId);
        if (tracked is null)
            return await db.Tags.SingleOrDefaultAsync(t => t.Id == tagId, cancellationToken);
        await tracked.ReloadAsync(cancellationToken);
        return tracked.State == EntityState.Detached ? null : tracked.Entity;
    }

    // Redirects and deletions go straight to SQL: tracked redirect entities would go stale after the
    // set-based updates (and EF would cascade-delete tracked ones when their tag goes).
    private Task<int> AddRedirectAsync(string oldSlug, int tagId, DateTime now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"TagSlugRedirects\" (\"OldSlug\", \"TagId\", \"CreatedAt\") VALUES ({oldSlug}, {tagId}, {now})",
            cancellationToken);

    private async Task RemoveTagAsync(Tag tag, CancellationToken cancellationToken)
    {
        await db.Tags.Where(t => t.Id == tag.Id).ExecuteDeleteAsync(cancellationToken);
        db.Entry(tag).State = EntityState.Detached;
    }

    private static void Touch(Tag tag, TagActor actor, DateTime now)
    {
        tag.UpdatedAt = now;
        tag.UpdatedBy = actor.UserId;
        tag.Version++;
    }

    private static TagChange NewChange(TagActor actor, DateTime now, TagChangeKind kind, Tag tag, TagChangeDetails? details = null) => new()
    {
        At = now,
        UserId = actor.UserId,
        UserName = actor.UserName,
        Kind = kind,
        TagId = tag.Id,
        TagSlug = tag.Slug,
        Details = details?.ToJson(),
    };

    private async Task<TagEditResult> OkAsync(int tagId, int articlesAffected, CancellationToken cancellationToken) =>
        new(TagEditCode.Ok, await DetailsAsync(tagId, cancellationToken), articlesAffected);

    /// <summary>
    /// Runs a command in its own transaction unless the caller opened one. SQLite transactions opened this
    /// way start with BEGIN IMMEDIATE, so concurrent editors queue for the write lock (busy retries up to
    /// the command timeout) instead of racing between a check and the write that depends on it.
    /// </summary>
    private async Task<TagEditResult> WriteAsync(Func<DateTime, Task<TagEditResult>> command, CancellationToken cancellationToken)
    {
        IDbContextTransaction? owned = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var result = await command(clock.GetUtcNow().UtcDateTime);
            if (owned is not null && result.Succeeded)
                await owned.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Rolled back below; pending audit or outbox entities must not ride along with a later save.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (owned is not null)
                await owned.DisposeAsync();
        }
    }
}
