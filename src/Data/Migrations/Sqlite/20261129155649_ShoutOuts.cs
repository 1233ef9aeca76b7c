using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShoutOuts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ShoutOuts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    OtherMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClubPeriod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Standard = table.Column<int>(type: "INTEGER", nullable: false),
                    FromClass = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DetectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShoutOuts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShoutOuts_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShoutOuts_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ShoutOuts_MemberId",
                table: "ShoutOuts",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ShoutOuts_TeamId_DedupKey",
                table: "ShoutOuts",
                columns: new[] { "TeamId", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShoutOuts_TeamId_PostKey_DetectedAtUtc",
                table: "ShoutOuts",
                columns: new[] { "TeamId", "PostKey", "DetectedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShoutOuts");
        }
    }
}
