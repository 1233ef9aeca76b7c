using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BoardActivityId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    BoardConversationId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    BoardOutboxMessageId = table.Column<long>(type: "bigint", nullable: true),
                    BoardPostedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ManagersRemindedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NudgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PromptedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false)
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
