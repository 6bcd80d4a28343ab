using Archive.Core.Data;
using Archive.Core.Importing;
using Archive.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Entities;

/// <summary>
/// Entity ids by concept key, loaded once per import (or re-extraction); a concept met for the first time is
/// inserted in the batch's transaction with a slug free within its type.
/// </summary>
internal sealed class EntityCache
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pending = new(StringComparer.Ordinal);
    private readonly List<string> _pendingSlugs = [];

    public static async Task<EntityCache> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var cache = new EntityCache();
        await foreach (var entity in db.Entities.AsNoTracking().Select(e => new { e.Id, e.Key, e.Type, e.Slug }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            cache._ids[entity.Key] = entity.Id;
            cache._slugs.Add(SlugKey(entity.Type, entity.Slug));
        }
        return cache;
    }

    public int IdOf(ExtractedEntity found, ImportBatchWriter writer)
    {
        if (_ids.TryGetValue(found.Key, out var id) || _pending.TryGetValue(found.Key, out id))
            return id;
        var slug = Slugs.WithUniqueSuffix(found.Slug, s => _slugs.Contains(SlugKey(found.Type, s)), Entity.SlugMaxLength);
        _slugs.Add(SlugKey(found.Type, slug));
        _pendingSlugs.Add(SlugKey(found.Type, slug));
        var entity = new Entity
        {
            Type = found.Type,
            Key = Cut(found.Key, Entity.KeyMaxLength),
            Slug = slug,
            LabelEs = Cut(found.LabelEs, Entity.LabelMaxLength),
            LabelEn = Cut(found.LabelEn, Entity.LabelMaxLength),
        };
        writer.Insert(entity);
        _pending[found.Key] = entity.Id;
        return entity.Id;
    }

    /// <summary>Entities inserted by a batch count as existing only once that batch has committed.</summary>
    public void Committed()
    {
        foreach (var (key, id) in _pending)
            _ids[key] = id;
        _pending.Clear();
        _pendingSlugs.Clear();
    }

    /// <summary>The article's entities, written after the article row has its id.</summary>
    public void Write(int articleId, IReadOnlyList<ExtractedEntity> entities, ImportBatchWriter writer)
    {
        var seen = new HashSet<int>();
        foreach (var found in entities)
        {
            var id = IdOf(found, writer);
            if (!seen.Add(id))
                continue;
            writer.Insert(new ArticleEntity { ArticleId = articleId, EntityId = id, Name = Cut(found.Name, ArticleEntity.NameMaxLength), Mentions = found.Mentions });
        }
    }

    private static string SlugKey(EntityType type, string slug) => type.Name() + "/" + slug;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
