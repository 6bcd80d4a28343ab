using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Archive.Core.Tagging;

/// <summary>
/// The set-based statements behind commands that touch many articles at once (bulk tagging, merge,
/// delete, reindexing after a relabel): one INSERT ... SELECT per table instead of a row per article.
/// Each article set is a query yielding "ArticleId"; audit and outbox rows are written from the set
/// before the taggings change, since the set is defined by the taggings. The statements are written once
/// for SQLite and PostgreSQL alike; the one thing that differs, turning the JSON list of ids into rows,
/// is the <see cref="ListedIds"/> placeholder that <see cref="For"/> fills in per provider.
/// </summary>
internal static class TagSql
{
    internal sealed record Args(DateTime Now, int TagId)
    {
        public TagActor? Actor { get; init; }
        public TagChangeKind Kind { get; init; }
        public string? TagSlug { get; init; }
        public int? RelatedTagId { get; init; }
        public long? ParentId { get; init; }

        /// <summary>A JSON array of article ids; one parameter however many ids (SQLite caps bound parameters).</summary>
        public string? ArticleIdsJson { get; init; }
    }

    public const string CarryingTag = """
        SELECT "ArticleId" FROM "ArticleTags" WHERE "TagId" = @tagId
        """;

    /// <summary>Stands for "the ids in @articleIds, one row each" until <see cref="For"/> writes it in the provider's SQL.</summary>
    public const string ListedIds = "/*listed-ids*/";

    private const string SqliteListedIds = "SELECT value FROM json_each(@articleIds)";
    private const string PostgresListedIds = "SELECT CAST(value AS integer) FROM json_array_elements_text(CAST(@articleIds AS json))";

    public const string ListedNotCarryingTag = $"""
        SELECT a."Id" AS "ArticleId" FROM "Articles" AS a
        WHERE a."Id" IN ({ListedIds})
          AND NOT EXISTS (SELECT 1 FROM "ArticleTags" AS t WHERE t."ArticleId" = a."Id" AND t."TagId" = @tagId)
        """;

    public const string ListedCarryingTag = $"""
        SELECT "ArticleId" FROM "ArticleTags"
        WHERE "TagId" = @tagId AND "ArticleId" IN ({ListedIds})
        """;

    // PostgreSQL wants every derived table named, and counts in bigint.
    public static string Count(string articles) => $"""SELECT CAST(COUNT(*) AS integer) AS "Value" FROM ({articles}) AS listed""";

    public static string OutboxFor(string articles) => $"""
        INSERT INTO "SearchOutbox" ("ArticleId", "EnqueuedAt")
        SELECT "ArticleId", @now FROM ({articles}) AS listed
        """;

    public static string AuditRowsFor(string articles) => $"""
        INSERT INTO "TagChanges" ("At", "UserId", "UserName", "Kind", "TagId", "TagSlug", "RelatedTagId", "ArticleId", "ParentId", "Details")
        SELECT @now, @userId, @userName, @kind, @tagId, @tagSlug, @relatedTagId, "ArticleId", @parentId, NULL FROM ({articles}) AS listed
        """;

    // An upsert's SELECT needs a WHERE clause, or SQLite reads ON CONFLICT as a join constraint.
    public static string TagArticles(string articles) => $"""
        INSERT INTO "ArticleTags" ("ArticleId", "TagId", "TaggedAt", "TaggedBy")
        SELECT "ArticleId", @tagId, @now, @userId FROM ({articles}) AS listed WHERE true
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Merge: what carried the tag also carries the related tag, keeping who tagged it when.</summary>
    public const string CopyTaggingsToRelatedTag = """
        INSERT INTO "ArticleTags" ("ArticleId", "TagId", "TaggedAt", "TaggedBy")
        SELECT "ArticleId", @relatedTagId, "TaggedAt", "TaggedBy" FROM "ArticleTags" WHERE "TagId" = @tagId
        ON CONFLICT DO NOTHING
        """;

    public const string UntagListedArticles = $"""
        DELETE FROM "ArticleTags"
        WHERE "TagId" = @tagId AND "ArticleId" IN ({ListedIds})
        """;

    /// <summary>The statement in the database's SQL, with fresh parameter objects for only those it names.</summary>
    public static (string Sql, DbParameter[] Parameters) For(DatabaseFacade database, string sql, Args args)
    {
        ArgumentNullException.ThrowIfNull(database);
        sql = sql.Replace(ListedIds, database.IsNpgsql() ? PostgresListedIds : SqliteListedIds, StringComparison.Ordinal);
        // Typed, so that PostgreSQL knows what a NULL is meant to be in an INSERT ... SELECT.
        var all = new (string Name, object? Value, DbType Type)[]
        {
            ("@now", args.Now, DbType.DateTime),
            ("@tagId", args.TagId, DbType.Int32),
            ("@userId", args.Actor?.UserId, DbType.String),
            ("@userName", args.Actor?.UserName, DbType.String),
            ("@kind", (int)args.Kind, DbType.Int32),
            ("@tagSlug", args.TagSlug, DbType.String),
            ("@relatedTagId", args.RelatedTagId, DbType.Int32),
            ("@parentId", args.ParentId, DbType.Int64),
            ("@articleIds", args.ArticleIdsJson, DbType.String),
        };
        using var command = database.GetDbConnection().CreateCommand();
        var parameters = all
            .Where(p => sql.Contains(p.Name, StringComparison.Ordinal))
            .Select(p =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = p.Name;
                parameter.Value = p.Value ?? DBNull.Value;
                // A non-null value keeps the provider's own mapping (SQLite's text dates, PostgreSQL's timestamptz for UTC).
                if (p.Value is null)
                    parameter.DbType = p.Type;
                return parameter;
            })
            .ToArray();
        return (sql, parameters);
    }
}
