using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EveningReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PostSharedWins",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RecapManagersAfterMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<int>(
                name: "RecapNudgeAfterMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PostSharedWins",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "RecapManagersAfterMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "RecapNudgeAfterMinutes",
                table: "Teams");
        }
    }
}
