using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleDatelineAndSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DatelinePlace",
                table: "Articles",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DatelineText",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SourceContent",
                table: "Articles",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DatelinePlace",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "DatelineText",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SourceContent",
                table: "Articles");
        }
    }
}
