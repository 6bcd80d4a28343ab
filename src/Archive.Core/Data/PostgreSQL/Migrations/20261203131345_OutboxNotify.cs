using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class OutboxNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every node listens (OutboxNotifications) and catches up as soon as a writer commits new outbox rows.
            // A notification is sent at commit, once per transaction for a channel and payload, however many rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION archive_search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('archive_outbox', '');
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "SearchOutbox_notify" AFTER INSERT ON "SearchOutbox"
                    FOR EACH STATEMENT EXECUTE FUNCTION archive_search_outbox_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "SearchOutbox_notify" ON "SearchOutbox";
                DROP FUNCTION IF EXISTS archive_search_outbox_notify();
                """);
        }
    }
}
