using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropKickoffRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KickoffRounds");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KickoffRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BoardConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BoardOutboxMessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    BoardPostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagersRemindedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NudgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PromptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_KickoffRounds_TeamId_WorkDate",
                table: "KickoffRounds",
                columns: new[] { "TeamId", "WorkDate" },
                unique: true);
        }
    }
}
