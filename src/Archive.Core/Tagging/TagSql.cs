using Microsoft.Data.Sqlite;

namespace Archive.Core.Tagging;

/// <summary>
/// The set-based statements behind commands that touch many articles at once (bulk tagging, merge,
/// delete, reindexing after a relabel): one INSERT ... SELECT per table instead of a row per article.
/// Each article set is a query yielding "ArticleId"; audit and outbox rows are written from the set
/// before the taggings change, since the set is defined by the taggings.
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

    public const string ListedNotCarryingTag = """
        SELECT a."Id" AS "ArticleId" FROM "Articles" AS a
        WHERE a."Id" IN (SELECT value FROM json_each(@articleIds))
          AND NOT EXISTS (SELECT 1 FROM "ArticleTags" AS t WHERE t."ArticleId" = a."Id" AND t."TagId" = @tagId)
        """;

    public const string ListedCarryingTag = """
        SELECT "ArticleId" FROM "ArticleTags"
        WHERE "TagId" = @tagId AND "ArticleId" IN (SELECT value FROM json_each(@articleIds))
        """;

    public static string Count(string articles) => $"""SELECT COUNT(*) AS "Value" FROM ({articles})""";

    public static string OutboxFor(string articles) => $"""
        INSERT INTO "SearchOutbox" ("ArticleId", "EnqueuedAt")
        SELECT "ArticleId", @now FROM ({articles})
        """;

    public static string AuditRowsFor(string articles) => $"""
        INSERT INTO "TagChanges" ("At", "UserId", "UserName", "Kind", "TagId", "TagSlug", "RelatedTagId", "ArticleId", "ParentId", "Details")
        SELECT @now, @userId, @userName, @kind, @tagId, @tagSlug, @relatedTagId, "ArticleId", @parentId, NULL FROM ({articles})
        """;

    // An upsert's SELECT needs a WHERE clause, or SQLite reads ON CONFLICT as a join constraint.
    public static string TagArticles(string articles) => $"""
        INSERT INTO "ArticleTags" ("ArticleId", "TagId", "TaggedAt", "TaggedBy")
        SELECT "ArticleId", @tagId, @now, @userId FROM ({articles}) WHERE true
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Merge: what carried the tag also carries the related tag, keeping who tagged it when.</summary>
    public const string CopyTaggingsToRelatedTag = """
        INSERT INTO "ArticleTags" ("ArticleId", "TagId", "TaggedAt", "TaggedBy")
        SELECT "ArticleId", @relatedTagId, "TaggedAt", "TaggedBy" FROM "ArticleTags" WHERE "TagId" = @tagId
        ON CONFLICT DO NOTHING
        """;

    public const string UntagListedArticles = """
        DELETE FROM "ArticleTags"
        WHERE "TagId" = @tagId AND "ArticleId" IN (SELECT value FROM json_each(@articleIds))
        """;

    /// <summary>Fresh parameter objects per command, only those the statement names.</summary>
    public static SqliteParameter[] Parameters(string sql, Args args)
    {
        var all = new (string Name, object? Value)[]
        {
            ("@now", args.Now),
            ("@tagId", args.TagId),
            ("@userId", args.Actor?.UserId),
            ("@userName", args.Actor?.UserName),
            ("@kind", (int)args.Kind),
            ("@tagSlug", args.TagSlug),
            ("@relatedTagId", args.RelatedTagId),
            ("@parentId", args.ParentId),
            ("@articleIds", args.ArticleIdsJson),
        };
        return all
            .Where(p => sql.Contains(p.Name, StringComparison.Ordinal))
            .Select(p => new SqliteParameter(p.Name, p.Value ?? DBNull.Value))
            .ToArray();
    }
}
