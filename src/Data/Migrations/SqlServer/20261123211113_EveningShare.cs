using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EveningShare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Recaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false),
                    VentText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VentVisibility = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    WinText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    WinVisibility = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    HelpStuck = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    HelpCustomer = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recaps_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Recaps_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecapNewCustomers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    HasNeed = table.Column<bool>(type: "bit", nullable: false),
                    HasBudget = table.Column<bool>(type: "bit", nullable: false),
                    IsPayer = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapNewCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapNewCustomers_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecapPlannedVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Customer = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Done = table.Column<bool>(type: "bit", nullable: false),
                    ReachedFirstKp = table.Column<bool>(type: "bit", nullable: false),
                    After = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    SignedAmountMinor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapPlannedVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapPlannedVisits_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecapRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ByMemberId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BeforeJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfterJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapRevisions_Members_ByMemberId",
                        column: x => x.ByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecapRevisions_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecapTomorrowCustomers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Customer = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapTomorrowCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapTomorrowCustomers_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecapUnplannedVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Customer = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    After = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReachedFirstKp = table.Column<bool>(type: "bit", nullable: false),
                    SignedAmountMinor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapUnplannedVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecapUnplannedVisits_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecapId = table.Column<long>(type: "bigint", nullable: false),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Customer = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Before = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    After = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReachedFirstKp = table.Column<bool>(type: "bit", nullable: false),
                    SignedAmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Planned = table.Column<bool>(type: "bit", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitFacts_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecapNewCustomers_RecapId_Row",
                table: "RecapNewCustomers",
                columns: new[] { "RecapId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecapPlannedVisits_RecapId_Row",
                table: "RecapPlannedVisits",
                columns: new[] { "RecapId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecapRevisions_ByMemberId",
                table: "RecapRevisions",
                column: "ByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RecapRevisions_RecapId_Version",
                table: "RecapRevisions",
                columns: new[] { "RecapId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_MemberId_WorkDate",
                table: "Recaps",
                columns: new[] { "MemberId", "WorkDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_TeamId_WorkDate",
                table: "Recaps",
                columns: new[] { "TeamId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RecapTomorrowCustomers_RecapId_Row",
                table: "RecapTomorrowCustomers",
                columns: new[] { "RecapId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecapUnplannedVisits_RecapId_Row",
                table: "RecapUnplannedVisits",
                columns: new[] { "RecapId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_RecapId_Row",
                table: "VisitFacts",
                columns: new[] { "RecapId", "Row" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitFacts_TeamId_WorkDate",
                table: "VisitFacts",
                columns: new[] { "TeamId", "WorkDate" });

            // EXEC because CREATE TRIGGER must begin a batch, and the idempotent script puts every
            // statement inside IF NOT EXISTS (...) BEGIN ... END.
            migrationBuilder.Sql(
                "EXEC(N'CREATE TRIGGER [TR_RecapRevisions_AppendOnly] ON [RecapRevisions] AFTER UPDATE, DELETE AS " +
                "BEGIN SET NOCOUNT ON; THROW 51000, N''Recap revisions are append-only.'', 1; END')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecapNewCustomers");

            migrationBuilder.DropTable(
                name: "RecapPlannedVisits");

            migrationBuilder.DropTable(
                name: "RecapRevisions");

            migrationBuilder.DropTable(
                name: "RecapTomorrowCustomers");

            migrationBuilder.DropTable(
                name: "RecapUnplannedVisits");

            migrationBuilder.DropTable(
                name: "VisitFacts");

            migrationBuilder.DropTable(
                name: "Recaps");
        }
    }
}
