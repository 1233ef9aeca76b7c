using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    ManagerMemberId = table.Column<long>(type: "bigint", nullable: false),
                    RepMemberId = table.Column<long>(type: "bigint", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Customer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    Skill = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    SkillKey = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    WentWell = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OneChange = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PrivateRemarks = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LoggedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    RidesPerWeek = table.Column<int>(type: "int", nullable: false)
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
