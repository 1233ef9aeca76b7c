using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RunningAConversions",
                table: "RepDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RunningDays",
                table: "RepDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RunningSignedAmountMinor",
                table: "RepDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "RunningValidNewCustomers",
                table: "RepDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RunningVisits",
                table: "RepDayRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing rows: each rep's totals through each day, in date order (window sums; UPDATE … FROM needs SQLite 3.33+, bundled).
            migrationBuilder.Sql("""
                UPDATE "RepDayRollups" SET
                    "RunningSignedAmountMinor" = w."S", "RunningValidNewCustomers" = w."N", "RunningVisits" = w."V",
                    "RunningAConversions" = w."A", "RunningDays" = w."D"
                FROM (
                    SELECT "Id",
                        SUM("SignedAmountMinor") OVER r AS "S", SUM("ValidNewCustomers") OVER r AS "N", SUM("Visits") OVER r AS "V",
                        SUM("AConversions") OVER r AS "A", COUNT(*) OVER r AS "D"
                    FROM "RepDayRollups"
                    WINDOW r AS (PARTITION BY "MemberId" ORDER BY "WorkDate" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                ) AS w
                WHERE w."Id" = "RepDayRollups"."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RunningAConversions",
                table: "RepDayRollups");

            migrationBuilder.DropColumn(
                name: "RunningDays",
                table: "RepDayRollups");

            migrationBuilder.DropColumn(
                name: "RunningSignedAmountMinor",
                table: "RepDayRollups");

            migrationBuilder.DropColumn(
                name: "RunningValidNewCustomers",
                table: "RepDayRollups");

            migrationBuilder.DropColumn(
                name: "RunningVisits",
                table: "RepDayRollups");
        }
    }
}
