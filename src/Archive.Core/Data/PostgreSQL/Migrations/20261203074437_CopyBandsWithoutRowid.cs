using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class CopyBandsWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The bands are now 16 of 32-bit keys, which the stored ones cannot be turned into without the
            // text: the signatures go too, so `copies detect` signs every article again. (WITHOUT ROWID, the
            // migration's name, is SQLite's; PostgreSQL only narrows the key.)
            migrationBuilder.Sql("DELETE FROM \"CopyBands\";");
            migrationBuilder.Sql("DELETE FROM \"ArticleSignatures\";");
            migrationBuilder.AlterColumn<int>(
                name: "Key",
                table: "CopyBands",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"CopyBands\";");
            migrationBuilder.Sql("DELETE FROM \"ArticleSignatures\";");
            migrationBuilder.AlterColumn<long>(
                name: "Key",
                table: "CopyBands",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");
        }
    }
}
