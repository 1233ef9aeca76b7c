using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Tiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TierWeightMovedToA",
                table: "Teams",
                type: "int",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "TierWeightSignedAmount",
                table: "Teams",
                type: "int",
                nullable: false,
                defaultValue: 40);

            migrationBuilder.AddColumn<int>(
                name: "TierWeightValidNew",
                table: "Teams",
                type: "int",
                nullable: false,
                defaultValue: 25);

            migrationBuilder.AddColumn<int>(
                name: "TierWeightVisits",
                table: "Teams",
                type: "int",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "TierWindowDays",
                table: "Teams",
                type: "int",
                nullable: false,
                defaultValue: 20);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TierWeightMovedToA",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "TierWeightSignedAmount",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "TierWeightValidNew",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "TierWeightVisits",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "TierWindowDays",
                table: "Teams");
        }
    }
}
