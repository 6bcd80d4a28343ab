using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class SearchNodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchNodes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AppliedOutboxId = table.Column<long>(type: "bigint", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchNodes", x => x.Id);
                });

            // Nodes catch up by outbox position, so rows must commit in id order. PostgreSQL hands out identity values
            // at insert and transactions commit in any order: a row with a smaller id could become visible after a
            // node moved past it. A transaction-scoped advisory lock taken before each insert statement (before its
            // ids are drawn) and held to commit makes outbox writers commit in turn. SQLite has one writer anyway.
            migrationBuilder.Sql("""
                CREATE FUNCTION archive_search_outbox_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(724873001);
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "SearchOutbox_in_order" BEFORE INSERT ON "SearchOutbox"
                    FOR EACH STATEMENT EXECUTE FUNCTION archive_search_outbox_in_order();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "SearchOutbox_in_order" ON "SearchOutbox";
                DROP FUNCTION IF EXISTS archive_search_outbox_in_order();
                """);
            migrationBuilder.DropTable(
                name: "SearchNodes");
        }
    }
}
