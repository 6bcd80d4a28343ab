using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Core.Articles;
using Archive.Core.Data;
using Archive.Core.Entities;
using Archive.Core.Search;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Archive.Core.Importing;

/// <summary>
/// Inserts an import batch's new rows with prepared statements on the context's open transaction.
/// Change tracking costs about a millisecond per article (the JSON-owned removed lines above all),
/// which alone would cap an import far below the 2,000 articles/s it must sustain. Columns and
/// value conversions come from the EF model, so the rows are exactly what EF itself would write; the
/// parameters come from the model's type mappings too, so the same statements run on SQLite and PostgreSQL
/// (where the removed lines are <c>jsonb</c>).
/// </summary>
internal sealed class ImportBatchWriter : IDisposable
{
    private readonly RowInserter<Article> _articles;
    private readonly RowInserter<Outlet> _outlets;
    private readonly RowInserter<ImportRunFile> _files;
    private readonly RowInserter<SearchOutboxEntry> _outbox;
    private readonly RowInserter<Entity> _entities;
    private readonly BatchStatement _articleEntity;
    private readonly BatchStatement _clearArticleEntities;

    public ImportBatchWriter(ArchiveDbContext db)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The batch writer runs inside the batch's transaction.");
        var dbTransaction = transaction.GetDbTransaction();
        var connection = db.Database.GetDbConnection();
        var article = db.Model.FindEntityType(typeof(Article))!;
        var removedLines = article.FindNavigation(nameof(Article.RemovedLines))!.TargetEntityType.GetContainerColumnName()!;
        // The column's own mapping: jsonb on PostgreSQL, which a text parameter cannot fill.
        var removedLinesMapping = db.Model.GetRelationalModel()
            .FindTable(article.GetTableName()!, article.GetSchema())!.FindColumn(removedLines)!.StoreTypeMapping;
        _articles = RowInserter<Article>.Create(connection, dbTransaction, article, (removedLines, removedLinesMapping, a => RemovedLinesJson(a.RemovedLines)));
        _outlets = RowInserter<Outlet>.Create(connection, dbTransaction, db.Model.FindEntityType(typeof(Outlet))!);
        _files = RowInserter<ImportRunFile>.Create(connection, dbTransaction, db.Model.FindEntityType(typeof(ImportRunFile))!);
        _outbox = RowInserter<SearchOutboxEntry>.Create(connection, dbTransaction, db.Model.FindEntityType(typeof(SearchOutboxEntry))!);
        _entities = RowInserter<Entity>.Create(connection, dbTransaction, db.Model.FindEntityType(typeof(Entity))!);
        _articleEntity = new BatchStatement(connection, dbTransaction,
            "INSERT INTO \"ArticleEntities\" (\"ArticleId\", \"EntityId\", \"Name\", \"Mentions\") VALUES (@a, @e, @n, @m);", "@a", "@e", "@n", "@m");
        _clearArticleEntities = new BatchStatement(connection, dbTransaction, "DELETE FROM \"ArticleEntities\" WHERE \"ArticleId\" = @a;", "@a");
    }

    public void Insert(Entity entity) => entity.Id = checked((int)_entities.Insert(entity));

    /// <summary>An article's entity with its mention count (the composite key has no id to return).</summary>
    public void Insert(ArticleEntity mention)
    {
        _articleEntity.Run(mention.ArticleId, mention.EntityId, mention.Name, mention.Mentions);
    }

    /// <summary>Drops an article's entities before an update writes its new ones.</summary>
    public void ClearEntities(int articleId)
    {
        _clearArticleEntities.Run(articleId);
    }


    public void Insert(Article article) => article.Id = checked((int)_articles.Insert(article));

    public void Insert(Outlet outlet) => outlet.Id = checked((int)_outlets.Insert(outlet));

    public void Insert(ImportRunFile file) => file.Id = checked((int)_files.Insert(file));

    public void Insert(SearchOutboxEntry entry) => entry.Id = _outbox.Insert(entry);

    public void Dispose()
    {
        _articles.Dispose();
        _outlets.Dispose();
        _files.Dispose();
        _outbox.Dispose();
        _entities.Dispose();
        _articleEntity.Dispose();
        _clearArticleEntities.Dispose();
    }

    /// <summary>The same JSON EF writes for the owned collection: an array of objects, properties by name.</summary>
    private static string RemovedLinesJson(List<RemovedLine> lines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var line in lines)
            {
                writer.WriteStartObject();
                writer.WriteNumber(nameof(RemovedLine.LineNumber), line.LineNumber);
                writer.WriteString(nameof(RemovedLine.Rule), line.Rule);
                writer.WriteString(nameof(RemovedLine.Text), line.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// One prepared INSERT per table. On SQLite it runs on the connection's native handle, its values bound by
    /// position (<see cref="SqliteValues"/>) and the row id read from the connection. Elsewhere
    /// (PostgreSQL) it is a prepared command whose parameters come from the columns' type mappings.
    /// </summary>
    private abstract class RowInserter<T> : IDisposable
        where T : class
    {
        public static RowInserter<T> Create(
            DbConnection connection,
            DbTransaction transaction,
            IEntityType entityType,
            params (string Column, RelationalTypeMapping Mapping, Func<T, object?> Value)[] extraColumns)
        {
            if (transaction.Connection != connection)
                throw new InvalidOperationException("The batch writer's transaction belongs to another connection.");
            var table = entityType.GetTableName()!;
            var storeObject = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            var key = entityType.FindPrimaryKey()!.Properties.Single();

            var columns = new List<(string Column, RelationalTypeMapping Mapping, Func<T, object?> Value)>();
            foreach (var property in entityType.GetProperties())
            {
                if (property == key || property.IsShadowProperty())
                    continue;
                columns.Add((property.GetColumnName(storeObject)!, (RelationalTypeMapping)property.GetTypeMapping(), ValueOf(property)));
            }
            columns.AddRange(extraColumns);
            var names = string.Join(", ", columns.Select(c => Quote(c.Column)));
            return connection is SqliteConnection sqlite
                ? new NativeSqlite(sqlite, table, names, columns)
                : new Prepared(connection, transaction, table, names, Quote(key.GetColumnName(storeObject)!), columns);
        }

        public abstract long Insert(T entity);

        public abstract void Dispose();

        private static Func<T, object?> ValueOf(IProperty property)
        {
            var getter = property.GetGetter();
            ValueConverter? converter = property.GetTypeMapping().Converter;
            return converter is null
                ? entity => getter.GetClrValue(entity)
                : entity => getter.GetClrValue(entity) is { } value ? converter.ConvertToProvider(value) : null;
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private sealed class NativeSqlite : RowInserter<T>
        {
            private readonly sqlite3 _db;
            private readonly sqlite3_stmt _statement;
            private readonly Func<T, object?>[] _values;

            public NativeSqlite(SqliteConnection connection, string table, string names, List<(string Column, RelationalTypeMapping Mapping, Func<T, object?> Value)> columns)
            {
                _values = [.. columns.Select(c => c.Value)];
                var placeholders = string.Join(", ", columns.Select((_, i) => FormattableString.Invariant($"?{i + 1}")));
                _db = connection.Handle ?? throw new InvalidOperationException("The batch writer needs an open connection.");
                var rc = raw.sqlite3_prepare_v2(_db, $"INSERT INTO {Quote(table)} ({names}) VALUES ({placeholders});", out _statement);
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            public override long Insert(T entity)
            {
                try
                {
                    for (var i = 0; i < _values.Length; i++)
                        SqliteException.ThrowExceptionForRC(SqliteValues.Bind(_statement, i + 1, _values[i](entity)), _db);
                    var rc = raw.sqlite3_step(_statement);
                    if (rc != raw.SQLITE_DONE)
                        SqliteException.ThrowExceptionForRC(rc, _db);
                    return raw.sqlite3_last_insert_rowid(_db);
                }
                finally
                {
                    raw.sqlite3_reset(_statement);
                    raw.sqlite3_clear_bindings(_statement);
                }
            }

            public override void Dispose() => _statement.Dispose();
        }

        private sealed class Prepared : RowInserter<T>
        {
            private readonly DbCommand _command;
            private readonly List<(DbParameter Parameter, Func<T, object?> Value)> _bindings = [];
            private bool _prepared;

            public Prepared(DbConnection connection, DbTransaction transaction, string table, string names, string key, List<(string Column, RelationalTypeMapping Mapping, Func<T, object?> Value)> columns)
            {
                _command = connection.CreateCommand();
                _command.Transaction = transaction;
                var placeholders = string.Join(", ", columns.Select((_, i) => FormattableString.Invariant($"@p{i}")));
                _command.CommandText = $"INSERT INTO {Quote(table)} ({names}) VALUES ({placeholders}) RETURNING {key};";
                for (var i = 0; i < columns.Count; i++)
                {
                    // The mapping sets the provider's type (jsonb, timestamptz), as EF's own INSERT would.
                    var parameter = columns[i].Mapping.CreateParameter(_command, FormattableString.Invariant($"@p{i}"), null, nullable: true);
                    _command.Parameters.Add(parameter);
                    _bindings.Add((parameter, columns[i].Value));
                }
            }

            public override long Insert(T entity)
            {
                foreach (var (parameter, value) in _bindings)
                    parameter.Value = value(entity) ?? DBNull.Value;
                // Prepared once the first row has bound its values: Npgsql prepares on the parameters' types.
                if (!_prepared)
                {
                    _command.Prepare();
                    _prepared = true;
                }
                return Convert.ToInt64(_command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            public override void Dispose() => _command.Dispose();
        }
    }
}
