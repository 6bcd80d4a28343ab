using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Importing;

/// <summary>Outlets by name (case-insensitive), loaded once per import; new ones are created as articles name them.</summary>
internal sealed class OutletCache
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pending = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OutletCache> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var cache = new OutletCache();
        await foreach (var outlet in db.Outlets.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            cache._ids[outlet.Name] = outlet.Id;
            cache._slugs.Add(outlet.Slug);
        }
        return cache;
    }

    /// <summary>The outlet's id, inserting it (in the batch's transaction) the first time it is named.</summary>
    public int? IdOf(string? name, ImportBatchWriter writer)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        if (_ids.TryGetValue(name, out var id) || _pending.TryGetValue(name, out id))
            return id;
        var outlet = new Outlet { Name = name, Slug = UniqueSlug(name) };
        writer.Insert(outlet);
        _pending[name] = outlet.Id;
        return outlet.Id;
    }

    /// <summary>Outlets inserted by a batch count as existing only once that batch has committed.</summary>
    public void Committed()
    {
        foreach (var (name, id) in _pending)
            _ids[name] = id;
        _pending.Clear();
    }

    private string UniqueSlug(string name) => Slugs.WithUniqueSuffix(Slugs.FromTitle(name), slug => !_slugs.Add(slug));
}
