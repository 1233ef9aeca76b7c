using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IronArmy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeptWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeptWords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ritual = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DraftFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArrivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InputsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptWords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeptWords_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KeptWords_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeptWords_MemberId_Ritual_DraftFor",
                table: "KeptWords",
                columns: new[] { "MemberId", "Ritual", "DraftFor" });

            migrationBuilder.CreateIndex(
                name: "IX_KeptWords_TeamId_WorkDate",
                table: "KeptWords",
                columns: new[] { "TeamId", "WorkDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeptWords");
        }
    }
}
