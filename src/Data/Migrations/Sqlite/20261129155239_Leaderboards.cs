using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Leaderboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BoardAfterDigestMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<string>(
                name: "BoardMetric",
                table: "Teams",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "SignedAmount");

            migrationBuilder.AddColumn<int>(
                name: "BoardTopSize",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<long>(
                name: "MillionClubThresholdMinor",
                table: "Teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ShoutOutIntervalMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<bool>(
                name: "ShoutOutsEnabled",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "StreakDays",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<bool>(
                name: "NamedInShoutOuts",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "BattleMonths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GoalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    SetByMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BattleMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BattleMonths_Members_SetByMemberId",
                        column: x => x.SetByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BattleMonths_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepDayRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidNewCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Signings = table.Column<int>(type: "INTEGER", nullable: false),
                    BiggestDealMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    AConversions = table.Column<int>(type: "INTEGER", nullable: false),
                    MetValidNewStandard = table.Column<bool>(type: "INTEGER", nullable: false),
                    MetStandard = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepDayRollups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepDayRollups_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepDayRollups_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepMonthRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Signings = table.Column<int>(type: "INTEGER", nullable: false),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidNewCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    AConversions = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepMonthRollups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepMonthRollups_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepMonthRollups_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BattleMonths_SetByMemberId",
                table: "BattleMonths",
                column: "SetByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_BattleMonths_TeamId_Month",
                table: "BattleMonths",
                columns: new[] { "TeamId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepDayRollups_Board",
                table: "RepDayRollups",
                columns: new[] { "TeamId", "WorkDate", "MemberId", "SignedAmountMinor", "Signings", "Visits", "ValidNewCustomers", "AConversions", "BiggestDealMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_RepDayRollups_MemberId_WorkDate",
                table: "RepDayRollups",
                columns: new[] { "MemberId", "WorkDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepMonthRollups_Board",
                table: "RepMonthRollups",
                columns: new[] { "TeamId", "Month", "MemberId", "SignedAmountMinor", "Signings", "Visits", "ValidNewCustomers", "AConversions", "Days" });

            migrationBuilder.CreateIndex(
                name: "IX_RepMonthRollups_MemberId_Month",
                table: "RepMonthRollups",
                columns: new[] { "MemberId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BattleMonths");

            migrationBuilder.DropTable(
                name: "RepDayRollups");

            migrationBuilder.DropTable(
                name: "RepMonthRollups");

            migrationBuilder.DropColumn(
                name: "BoardAfterDigestMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "BoardMetric",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "BoardTopSize",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MillionClubThresholdMinor",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "ShoutOutIntervalMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "ShoutOutsEnabled",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StreakDays",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "NamedInShoutOuts",
                table: "Members");
        }
    }
}
