using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RideAlongs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RideAlongs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    ManagerMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    RepMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SkillKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    WentWell = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OneChange = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrivateRemarks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LoggedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RideAlongs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RideAlongs_Members_ManagerMemberId",
                        column: x => x.ManagerMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RideAlongs_Members_RepMemberId",
                        column: x => x.RepMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RideAlongs_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RideAlongSettings",
                columns: table => new
                {
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    RidesPerWeek = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RideAlongSettings", x => x.TeamId);
                    table.ForeignKey(
                        name: "FK_RideAlongSettings_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RideAlongs_ManagerMemberId_WorkDate",
                table: "RideAlongs",
                columns: new[] { "ManagerMemberId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RideAlongs_RepMemberId_WorkDate",
                table: "RideAlongs",
                columns: new[] { "RepMemberId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RideAlongs_TeamId_FollowUpOn",
                table: "RideAlongs",
                columns: new[] { "TeamId", "FollowUpOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RideAlongs_TeamId_RepMemberId_WorkDate",
                table: "RideAlongs",
                columns: new[] { "TeamId", "RepMemberId", "WorkDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RideAlongs");

            migrationBuilder.DropTable(
                name: "RideAlongSettings");
        }
    }
}
