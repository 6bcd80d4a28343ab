using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Archive.Core.Data;

/// <summary>
/// Copies every table of one context's model into the same model on another provider (SQLite to
/// PostgreSQL), keys included, principals before dependents, then counts both sides. Rows go through EF
/// so each value is converted as the target provider stores it (text dates become timestamptz, JSON text
/// becomes jsonb, a JSON list becomes text[]).
/// </summary>
public static class DatabaseCopy
{
    private const int BatchSize = 1000;

    private static readonly MethodInfo _copyTable = typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo _countTable = typeof(DatabaseCopy).GetMethod(nameof(CountTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The tables (entity types with a table of their own) in an order where every principal comes before its dependents.</summary>
    public static IReadOnlyList<IEntityType> TablesInOrder(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null && e.ClrType != typeof(Dictionary<string, object>)).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.Where(t => !placed.Contains(t)
                    && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || placed.Contains(fk.PrincipalEntityType.GetRootType()) || fk.PrincipalEntityType.IsOwned()))
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle; the tables cannot be copied in order.");
            ordered.Add(next);
            placed.Add(next);
        }
        return ordered;
    }

    /// <summary>True when none of the target's tables holds a row.</summary>
    public static async Task<bool> IsEmptyAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        foreach (var table in TablesInOrder(db))
        {
            if (await CountAsync(db, table, cancellationToken) > 0)
                return false;
        }
        return true;
    }

    /// <summary>Copies every row and answers each table's counts; the target must have the same model and be empty.</summary>
    public static async Task<IReadOnlyList<TableCount>> CopyAsync(
        DbContext source, DbContext target, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var counts = new List<TableCount>();
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in TablesInOrder(source))
        {
            progress?.Report(table.GetTableName()!);
            await (Task)_copyTable.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, cancellationToken])!;
        }
        await RestartIdentitiesAsync(source, target, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var table in TablesInOrder(source))
        {
            var targetTable = target.Model.FindEntityType(table.ClrType)!;
            counts.Add(new TableCount(
                table.GetTableName()!,
                await CountAsync(source, table, cancellationToken),
                await CountAsync(target, targetTable, cancellationToken)));
        }
        return counts;
    }

    /// <summary>
    /// Rows came with their keys, so PostgreSQL's identity sequences still stand at 1; each is moved past the highest
    /// key the source ever gave, or the next new article would collide with article 1. That is the source's own
    /// high-water mark when it keeps one (SQLite's AUTOINCREMENT), not only the highest key copied: the search outbox is
    /// pruned once every node has applied it, so it is often empty, and a new row numbered from 1 would sit below the
    /// position every index has recorded as applied and never reach the index.
    /// </summary>
    private static async Task RestartIdentitiesAsync(DbContext source, DbContext target, CancellationToken cancellationToken)
    {
        if (!target.Database.IsNpgsql())
            return;
        foreach (var table in TablesInOrder(target))
        {
            var key = table.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ValueGenerated != ValueGenerated.OnAdd || key[0].ClrType is not { } type || (type != typeof(int) && type != typeof(long)))
                continue;
            var highWater = await SourceHighWaterAsync(source, source.Model.FindEntityType(table.ClrType)?.GetTableName() ?? table.GetTableName()!, cancellationToken);
            var name = Quote(table.GetTableName()!);
            var column = Quote(key[0].GetColumnName());
            // Identifiers from the model, never from input; the table name goes to pg_get_serial_sequence as a value.
#pragma warning disable EF1002 // Identifiers cannot be parameters; both come from the EF model.
            await target.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence({{0}}, {{1}}), GREATEST(COALESCE(MAX({column}), 0), {{2}}, 1), GREATEST(COALESCE(MAX({column}), 0), {{2}}) > 0) FROM {name}",
                [name, key[0].GetColumnName(), highWater],
                cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>The highest key a SQLite table ever handed out (sqlite_sequence), rows since deleted included; 0 when it keeps none.</summary>
    private static async Task<long> SourceHighWaterAsync(DbContext source, string table, CancellationToken cancellationToken)
    {
        if (!source.Database.IsSqlite())
            return 0;
        var kept = await source.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
            .SingleAsync(cancellationToken);
        if (kept == 0)
            return 0;
        return await source.Database.SqlQuery<long?>($"SELECT MAX(seq) AS \"Value\" FROM sqlite_sequence WHERE name = {table}")
            .SingleAsync(cancellationToken) ?? 0;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<long> CountAsync(DbContext db, IEntityType table, CancellationToken cancellationToken) =>
        await (Task<long>)_countTable.MakeGenericMethod(table.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<long> CountTableAsync<T>(DbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().LongCountAsync(cancellationToken);

    private static async Task CopyTableAsync<T>(DbContext source, DbContext target, CancellationToken cancellationToken)
        where T : class
    {
        var key = source.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties;
        IQueryable<T> rows = source.Set<T>().AsNoTracking();
        // Key order, so a row that points at an earlier row of its own table (a summary's children) follows it.
        if (key.Count == 1)
            rows = rows.OrderBy(e => EF.Property<object>(e, key[0].Name));
        var batch = new List<T>(BatchSize);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
                await WriteAsync(target, batch, cancellationToken);
        }
        await WriteAsync(target, batch, cancellationToken);
    }

    private static async Task WriteAsync<T>(DbContext target, List<T> batch, CancellationToken cancellationToken)
        where T : class
    {
        if (batch.Count == 0)
            return;
        target.Set<T>().AddRange(batch);
        await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();
        batch.Clear();
    }
}
