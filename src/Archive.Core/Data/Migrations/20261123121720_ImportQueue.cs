using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FilesDone",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StagingFolder",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalArguments",
                table: "ImportRunFiles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalCode",
                table: "ImportRunFiles",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Status",
                table: "ImportRuns",
                column: "Status");

            // Runs from before progress was persisted are over: every file they saw has an outcome.
            migrationBuilder.Sql("UPDATE \"ImportRuns\" SET \"FilesDone\" = \"Imported\" + \"Duplicates\" + \"Failed\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportRuns_Status",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "FilesDone",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "StagingFolder",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "RefusalArguments",
                table: "ImportRunFiles");

            migrationBuilder.DropColumn(
                name: "RefusalCode",
                table: "ImportRunFiles");
        }
    }
}
