using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Kickoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrencyCode",
                table: "Teams",
                type: "TEXT",
                fixedLength: true,
                maxLength: 3,
                nullable: false,
                defaultValue: "CNY");

            migrationBuilder.AddColumn<int>(
                name: "KickoffManagersAfterMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "KickoffNudgeAfterMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "MorningBoardAfterMinutes",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "StandardACustomers",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "StandardBcCustomers",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "StandardClosingVisits",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "StandardFollowUpVisits",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "StandardNewVisits",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<int>(
                name: "StandardValidNewCustomers",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "StandardVisits",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.CreateTable(
                name: "KickoffPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthVisits = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthValidNewCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    WeekVisits = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekValidNewCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    DayAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DayVisits = table.Column<int>(type: "INTEGER", nullable: false),
                    DayValidNewCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KickoffPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KickoffPlans_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KickoffPlans_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KickoffRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PromptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NudgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagersRemindedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BoardPostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BoardOutboxMessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    BoardActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BoardConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KickoffRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KickoffRounds_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberLeaves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberLeaves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberLeaves_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeamCalendarDays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SetByMemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamCalendarDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamCalendarDays_Members_SetByMemberId",
                        column: x => x.SetByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TeamCalendarDays_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KickoffPlanNewCustomers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    HasNeed = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasBudget = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPayer = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KickoffPlanNewCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KickoffPlanNewCustomers_KickoffPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "KickoffPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KickoffPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ByMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: true),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KickoffPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KickoffPlanRevisions_KickoffPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "KickoffPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KickoffPlanRevisions_Members_ByMemberId",
                        column: x => x.ByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KickoffPlanVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Class = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyPerson = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KickoffPlanVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KickoffPlanVisits_KickoffPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "KickoffPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlanNewCustomers_PlanId_Row",
                table: "KickoffPlanNewCustomers",
                columns: new[] { "PlanId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlanRevisions_ByMemberId",
                table: "KickoffPlanRevisions",
                column: "ByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlanRevisions_PlanId_Version",
                table: "KickoffPlanRevisions",
                columns: new[] { "PlanId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlans_MemberId_WorkDate",
                table: "KickoffPlans",
                columns: new[] { "MemberId", "WorkDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlans_TeamId_WorkDate",
                table: "KickoffPlans",
                columns: new[] { "TeamId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_KickoffPlanVisits_PlanId_Row",
                table: "KickoffPlanVisits",
                columns: new[] { "PlanId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KickoffRounds_TeamId_WorkDate",
                table: "KickoffRounds",
                columns: new[] { "TeamId", "WorkDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberLeaves_MemberId_From",
                table: "MemberLeaves",
                columns: new[] { "MemberId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamCalendarDays_SetByMemberId",
                table: "TeamCalendarDays",
                column: "SetByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCalendarDays_TeamId_Date",
                table: "TeamCalendarDays",
                columns: new[] { "TeamId", "Date" },
                unique: true);

            // Audit revisions are append-only (domain.md "高压线"): the database refuses changes
            // that bypass the context (raw SQL, ExecuteUpdate/ExecuteDelete).
            migrationBuilder.Sql(
                "CREATE TRIGGER \"TR_KickoffPlanRevisions_AppendOnly\" BEFORE UPDATE ON \"KickoffPlanRevisions\" " +
                "BEGIN SELECT RAISE(ABORT, 'Kickoff plan revisions are append-only.'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"TR_KickoffPlanRevisions_AppendOnly_Delete\" BEFORE DELETE ON \"KickoffPlanRevisions\" " +
                "BEGIN SELECT RAISE(ABORT, 'Kickoff plan revisions are append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KickoffPlanNewCustomers");

            migrationBuilder.DropTable(
                name: "KickoffPlanRevisions");

            migrationBuilder.DropTable(
                name: "KickoffPlanVisits");

            migrationBuilder.DropTable(
                name: "KickoffRounds");

            migrationBuilder.DropTable(
                name: "MemberLeaves");

            migrationBuilder.DropTable(
                name: "TeamCalendarDays");

            migrationBuilder.DropTable(
                name: "KickoffPlans");

            migrationBuilder.DropColumn(
                name: "CurrencyCode",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "KickoffManagersAfterMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "KickoffNudgeAfterMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MorningBoardAfterMinutes",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardACustomers",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardBcCustomers",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardClosingVisits",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardFollowUpVisits",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardNewVisits",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardValidNewCustomers",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "StandardVisits",
                table: "Teams");
        }
    }
}
