using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RunningDays",
                table: "RepDayRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RunningSignedAmountMinor",
                table: "RepDayRollups",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "RunningValidNewCustomers",
                table: "RepDayRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RunningVisits",
                table: "RepDayRollups",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing rows: each rep's totals through each day, in date order (window sums through an updatable CTE).
            migrationBuilder.Sql("""
                WITH w AS (
                    SELECT [RunningSignedAmountMinor], [RunningValidNewCustomers], [RunningVisits], [RunningAConversions], [RunningDays],
                        SUM([SignedAmountMinor]) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [S],
                        SUM([ValidNewCustomers]) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [N],
                        SUM([Visits]) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [V],
                        SUM([AConversions]) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [A],
                        COUNT(*) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [D]
                    FROM [RepDayRollups]
                )
                UPDATE w SET [RunningSignedAmountMinor] = [S], [RunningValidNewCustomers] = [N], [RunningVisits] = [V], [RunningAConversions] = [A], [RunningDays] = [D];
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
