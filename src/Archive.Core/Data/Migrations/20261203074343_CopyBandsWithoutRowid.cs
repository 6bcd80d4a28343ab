using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CopyBandsWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The bands are now 16 of 32-bit keys, which the stored ones cannot be turned into without the
            // text: the signatures go too, so `copies detect` signs every article again.
            migrationBuilder.Sql("DELETE FROM \"ArticleSignatures\";");
            migrationBuilder.DropTable(
                name: "CopyBands");
            // WITHOUT ROWID keeps the rows in the primary key's B-tree: one tree fewer to write per band.
            migrationBuilder.Sql("""
                CREATE TABLE "CopyBands" (
                    "Key" INTEGER NOT NULL,
                    "ArticleId" INTEGER NOT NULL,
                    CONSTRAINT "PK_CopyBands" PRIMARY KEY ("Key", "ArticleId"),
                    CONSTRAINT "FK_CopyBands_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            migrationBuilder.CreateIndex(
                name: "IX_CopyBands_ArticleId",
                table: "CopyBands",
                column: "ArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"ArticleSignatures\";");
            migrationBuilder.DropTable(
                name: "CopyBands");
            migrationBuilder.CreateTable(
                name: "CopyBands",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CopyBands", x => new { x.Key, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_CopyBands_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            migrationBuilder.CreateIndex(
                name: "IX_CopyBands_ArticleId",
                table: "CopyBands",
                column: "ArticleId");
        }
    }
}
