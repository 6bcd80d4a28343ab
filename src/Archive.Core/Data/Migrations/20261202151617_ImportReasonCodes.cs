using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StatusArguments",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusCode",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArguments",
                table: "ImportRunFiles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "ImportRunFiles",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatusArguments",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "StatusCode",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "ReasonArguments",
                table: "ImportRunFiles");

            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "ImportRunFiles");
        }
    }
}
